// The demo page in Khmer: index.html?lang=km sets the page language, which every element inherits.
// (An external file: the page's Content-Security-Policy allows no inline script.)
const lang = new URLSearchParams(location.search).get('lang');
if (lang === 'km') {
  document.documentElement.lang = 'km';
  document.title = 'ប្រាក់ឈ្នួលសមរម្យ — ទំព័រសាកល្បង';
  const h1 = document.querySelector('h1');
  if (h1) h1.textContent = 'ប្រាក់ឈ្នួលសមរម្យឥឡូវនេះ៖ កម្មករកាត់ដេរកម្ពុជា ២០១៣–២០១៤';
  const switcher = document.querySelector('[data-lang-switch]');
  if (switcher) {
    switcher.textContent = 'English';
    switcher.setAttribute('href', '?lang=en');
    switcher.setAttribute('hreflang', 'en');
  }
}
