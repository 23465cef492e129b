/**
 * The builder's own offline gazetteer (no network, ever): countries with ISO 3166-1 alpha-2 codes,
 * other names, demonyms and the city where governments and embassies sit (usually the capital; The
 * Hague, Yangon, Dar es Salaam where embassies are elsewhere), then cities and provinces that labour
 * campaigns name, with Cambodia's 25 provinces in full. Coordinates are rounded to 0.01° (≈1 km):
 * enough for a map marker, no more precise than the text.
 *
 * Country rows:  ISO|Name;Other name|Demonym;Demonyms|Seat city|lat|lon   (seat empty: no marker)
 * Place rows:    ISO|Name;Other name|kind|lat|lon
 */
export const COUNTRY_ROWS = `
AF|Afghanistan|Afghan;Afghans|Kabul|34.53|69.17
AL|Albania|Albanian;Albanians|Tirana|41.33|19.82
DZ|Algeria|Algerian;Algerians|Algiers|36.75|3.06
AO|Angola|Angolan;Angolans|Luanda|-8.84|13.23
AR|Argentina|Argentine;Argentinian;Argentinians|Buenos Aires|-34.6|-58.38
AM|Armenia|Armenian;Armenians|Yerevan|40.18|44.51
AU|Australia|Australian;Australians|Canberra|-35.28|149.13
AT|Austria|Austrian;Austrians|Vienna|48.21|16.37
AZ|Azerbaijan|Azerbaijani;Azerbaijanis|Baku|40.41|49.87
BH|Bahrain|Bahraini;Bahrainis|Manama|26.23|50.59
BD|Bangladesh|Bangladeshi;Bangladeshis|Dhaka|23.81|90.41
BY|Belarus|Belarusian;Belarusians|Minsk|53.9|27.57
BE|Belgium|Belgian;Belgians|Brussels|50.85|4.35
BZ|Belize|Belizean|Belmopan|17.25|-88.77
BJ|Benin|Beninese|Cotonou|6.37|2.39
BT|Bhutan|Bhutanese|Thimphu|27.47|89.64
BO|Bolivia|Bolivian;Bolivians|La Paz|-16.5|-68.15
BA|Bosnia and Herzegovina;Bosnia|Bosnian;Bosnians|Sarajevo|43.86|18.41
BW|Botswana|Motswana;Batswana|Gaborone|-24.65|25.91
BR|Brazil|Brazilian;Brazilians|Brasília;Brasilia|-15.79|-47.88
BN|Brunei|Bruneian|Bandar Seri Begawan|4.9|114.94
BG|Bulgaria|Bulgarian;Bulgarians|Sofia|42.7|23.32
BF|Burkina Faso|Burkinabe|Ouagadougou|12.37|-1.52
BI|Burundi|Burundian;Burundians|Gitega|-3.43|29.93
KH|Cambodia;Kampuchea|Cambodian;Cambodians;Khmer|Phnom Penh|11.56|104.93
CM|Cameroon|Cameroonian;Cameroonians|Yaoundé;Yaounde|3.87|11.52
CA|Canada|Canadian;Canadians|Ottawa|45.42|-75.7
TD|Chad|Chadian;Chadians|N'Djamena|12.13|15.06
CL|Chile|Chilean;Chileans|Santiago|-33.45|-70.67
CN|China;People's Republic of China|Chinese|Beijing|39.9|116.41
CO|Colombia|Colombian;Colombians|Bogotá;Bogota|4.71|-74.07
CR|Costa Rica|Costa Rican;Costa Ricans|San José;San Jose|9.93|-84.09
HR|Croatia|Croatian;Croatians|Zagreb|45.81|15.98
CU|Cuba|Cuban;Cubans|Havana|23.11|-82.37
CY|Cyprus|Cypriot;Cypriots|Nicosia|35.17|33.36
CZ|Czech Republic;Czechia|Czech;Czechs|Prague|50.08|14.44
CD|Democratic Republic of the Congo;DR Congo;DRC|Congolese|Kinshasa|-4.44|15.27
DK|Denmark|Danish;Danes|Copenhagen|55.68|12.57
DO|Dominican Republic|Dominican;Dominicans|Santo Domingo|18.49|-69.93
EC|Ecuador|Ecuadorian;Ecuadorians|Quito|-0.18|-78.47
EG|Egypt|Egyptian;Egyptians|Cairo|30.04|31.24
SV|El Salvador|Salvadoran;Salvadorans|San Salvador|13.69|-89.22
EE|Estonia|Estonian;Estonians|Tallinn|59.44|24.75
SZ|Eswatini;Swaziland|Swazi|Mbabane|-26.31|31.14
ET|Ethiopia|Ethiopian;Ethiopians|Addis Ababa|9.03|38.74
FJ|Fiji|Fijian;Fijians|Suva|-18.14|178.44
FI|Finland|Finnish;Finns|Helsinki|60.17|24.94
FR|France|French|Paris|48.86|2.35
GA|Gabon|Gabonese|Libreville|0.42|9.47
GE|Georgia|Georgian;Georgians|Tbilisi|41.72|44.79
DE|Germany|German;Germans|Berlin|52.52|13.4
GH|Ghana|Ghanaian;Ghanaians|Accra|5.6|-0.19
GR|Greece|Greek;Greeks|Athens|37.98|23.73
GT|Guatemala|Guatemalan;Guatemalans|Guatemala City|14.63|-90.51
GN|Guinea|Guinean;Guineans|Conakry|9.64|-13.58
HT|Haiti|Haitian;Haitians|Port-au-Prince|18.59|-72.31
HN|Honduras|Honduran;Hondurans|Tegucigalpa|14.07|-87.19
HK|Hong Kong|Hongkonger;Hongkongers|Hong Kong|22.32|114.17
HU|Hungary|Hungarian;Hungarians|Budapest|47.5|19.04
IS|Iceland|Icelandic;Icelanders|Reykjavík;Reykjavik|64.15|-21.94
IN|India|Indian;Indians|New Delhi|28.61|77.21
ID|Indonesia|Indonesian;Indonesians|Jakarta|-6.21|106.85
IR|Iran|Iranian;Iranians|Tehran|35.69|51.39
IQ|Iraq|Iraqi;Iraqis|Baghdad|33.31|44.36
IE|Ireland|Irish|Dublin|53.35|-6.26
IL|Israel|Israeli;Israelis||| 
IT|Italy|Italian;Italians|Rome|41.9|12.5
CI|Côte d'Ivoire;Ivory Coast|Ivorian;Ivorians|Abidjan|5.36|-4.01
JM|Jamaica|Jamaican;Jamaicans|Kingston|18.02|-76.8
JP|Japan|Japanese|Tokyo|35.68|139.69
JO|Jordan|Jordanian;Jordanians|Amman|31.95|35.93
KZ|Kazakhstan|Kazakh;Kazakhs|Astana|51.17|71.45
KE|Kenya|Kenyan;Kenyans|Nairobi|-1.29|36.82
KW|Kuwait|Kuwaiti;Kuwaitis|Kuwait City|29.38|47.99
KG|Kyrgyzstan|Kyrgyz|Bishkek|42.87|74.59
LA|Laos|Lao;Laotian;Laotians|Vientiane|17.98|102.63
LV|Latvia|Latvian;Latvians|Riga|56.95|24.11
LB|Lebanon|Lebanese|Beirut|33.89|35.5
LS|Lesotho|Basotho|Maseru|-29.31|27.48
LR|Liberia|Liberian;Liberians|Monrovia|6.3|-10.8
LY|Libya|Libyan;Libyans|Tripoli|32.89|13.19
LT|Lithuania|Lithuanian;Lithuanians|Vilnius|54.69|25.28
LU|Luxembourg|Luxembourger|Luxembourg|49.61|6.13
MO|Macau;Macao|Macanese|Macau|22.2|113.54
MG|Madagascar|Malagasy|Antananarivo|-18.88|47.51
MW|Malawi|Malawian;Malawians|Lilongwe|-13.96|33.79
MY|Malaysia|Malaysian;Malaysians|Kuala Lumpur|3.14|101.69
MV|Maldives|Maldivian;Maldivians|Malé|4.18|73.51
ML|Mali|Malian;Malians|Bamako|12.64|-8
MT|Malta|Maltese|Valletta|35.9|14.51
MU|Mauritius|Mauritian;Mauritians|Port Louis|-20.16|57.5
MX|Mexico|Mexican;Mexicans|Mexico City|19.43|-99.13
MD|Moldova|Moldovan;Moldovans|Chișinău;Chisinau|47.01|28.86
MN|Mongolia|Mongolian;Mongolians|Ulaanbaatar|47.89|106.91
ME|Montenegro|Montenegrin;Montenegrins|Podgorica|42.44|19.26
MA|Morocco|Moroccan;Moroccans|Rabat|34.02|-6.84
MZ|Mozambique|Mozambican;Mozambicans|Maputo|-25.97|32.57
MM|Myanmar;Burma|Burmese|Yangon;Rangoon|16.87|96.2
NA|Namibia|Namibian;Namibians|Windhoek|-22.56|17.08
NP|Nepal|Nepali;Nepalese|Kathmandu|27.72|85.32
NL|Netherlands;the Netherlands;Holland|Dutch|The Hague|52.08|4.3
NZ|New Zealand|New Zealander;New Zealanders|Wellington|-41.29|174.78
NI|Nicaragua|Nicaraguan;Nicaraguans|Managua|12.11|-86.24
NE|Niger|Nigerien;Nigeriens|Niamey|13.51|2.11
NG|Nigeria|Nigerian;Nigerians|Abuja|9.08|7.4
KP|North Korea|North Korean;North Koreans|Pyongyang|39.04|125.76
MK|North Macedonia;Macedonia|Macedonian;Macedonians|Skopje|42|21.43
NO|Norway|Norwegian;Norwegians|Oslo|59.91|10.75
OM|Oman|Omani;Omanis|Muscat|23.59|58.41
PK|Pakistan|Pakistani;Pakistanis|Islamabad|33.68|73.05
PS|Palestine|Palestinian;Palestinians|||
PA|Panama|Panamanian;Panamanians|Panama City|8.98|-79.52
PG|Papua New Guinea|Papua New Guinean|Port Moresby|-9.44|147.18
PY|Paraguay|Paraguayan;Paraguayans|Asunción;Asuncion|-25.26|-57.58
PE|Peru|Peruvian;Peruvians|Lima|-12.05|-77.04
PH|Philippines;the Philippines|Filipino;Filipinos;Filipina|Manila|14.6|120.98
PL|Poland|Polish;Poles|Warsaw|52.23|21.01
PT|Portugal|Portuguese|Lisbon|38.72|-9.14
QA|Qatar|Qatari;Qataris|Doha|25.29|51.53
RO|Romania|Romanian;Romanians|Bucharest|44.43|26.1
RU|Russia;Russian Federation|Russian;Russians|Moscow|55.76|37.62
RW|Rwanda|Rwandan;Rwandans|Kigali|-1.94|30.06
SA|Saudi Arabia|Saudi;Saudis|Riyadh|24.71|46.68
SN|Senegal|Senegalese|Dakar|14.72|-17.47
RS|Serbia|Serbian;Serbians;Serbs|Belgrade|44.79|20.45
SL|Sierra Leone|Sierra Leonean|Freetown|8.48|-13.23
SG|Singapore|Singaporean;Singaporeans|Singapore|1.35|103.82
SK|Slovakia|Slovak;Slovaks|Bratislava|48.15|17.11
SI|Slovenia|Slovenian;Slovenians|Ljubljana|46.06|14.51
SO|Somalia|Somali;Somalis|Mogadishu|2.05|45.32
ZA|South Africa|South African;South Africans|Pretoria|-25.75|28.19
KR|South Korea;Korea;Republic of Korea|South Korean;South Koreans;Korean;Koreans|Seoul|37.57|126.98
SS|South Sudan|South Sudanese|Juba|4.86|31.57
ES|Spain|Spanish;Spaniards|Madrid|40.42|-3.7
LK|Sri Lanka|Sri Lankan;Sri Lankans|Colombo|6.93|79.85
SD|Sudan|Sudanese|Khartoum|15.5|32.56
SE|Sweden|Swedish;Swedes|Stockholm|59.33|18.07
CH|Switzerland|Swiss|Bern|46.95|7.45
SY|Syria|Syrian;Syrians|Damascus|33.51|36.29
TW|Taiwan|Taiwanese|Taipei|25.03|121.57
TJ|Tajikistan|Tajik;Tajiks|Dushanbe|38.56|68.79
TZ|Tanzania|Tanzanian;Tanzanians|Dar es Salaam|-6.79|39.21
TH|Thailand|Thai;Thais|Bangkok|13.76|100.5
TL|Timor-Leste;East Timor|Timorese|Dili|-8.56|125.57
TG|Togo|Togolese|Lomé;Lome|6.13|1.22
TT|Trinidad and Tobago|Trinidadian;Trinidadians|Port of Spain|10.66|-61.51
TN|Tunisia|Tunisian;Tunisians|Tunis|36.81|10.18
TR|Turkey;Türkiye|Turkish;Turks|Ankara|39.93|32.86
TM|Turkmenistan|Turkmen|Ashgabat|37.96|58.33
UG|Uganda|Ugandan;Ugandans|Kampala|0.35|32.58
UA|Ukraine|Ukrainian;Ukrainians|Kyiv;Kiev|50.45|30.52
AE|United Arab Emirates;UAE|Emirati;Emiratis|Abu Dhabi|24.45|54.38
GB|United Kingdom;UK;Britain;Great Britain;England;Scotland;Wales|British;Britons;English;Scottish;Welsh|London|51.51|-0.13
US|United States;United States of America;USA;US;U.S.;America|American;Americans|Washington;Washington, D.C.;Washington DC|38.91|-77.04
UY|Uruguay|Uruguayan;Uruguayans|Montevideo|-34.9|-56.16
UZ|Uzbekistan|Uzbek;Uzbeks|Tashkent|41.3|69.24
VE|Venezuela|Venezuelan;Venezuelans|Caracas|10.48|-66.9
VN|Vietnam;Viet Nam|Vietnamese|Hanoi|21.03|105.85
YE|Yemen|Yemeni;Yemenis|Sanaa;Sana'a|15.37|44.19
ZM|Zambia|Zambian;Zambians|Lusaka|-15.39|28.32
ZW|Zimbabwe|Zimbabwean;Zimbabweans|Harare|-17.83|31.05
`;

export const PLACE_ROWS = `
KH|Kampong Chhnang;Kompong Chhnang|province|12.25|104.67
KH|Kampong Speu;Kompong Speu|province|11.45|104.52
KH|Kampong Cham;Kompong Cham|province|11.99|105.46
KH|Kampong Thom;Kompong Thom|province|12.71|104.89
KH|Kandal|province|11.48|104.95
KH|Takeo;Takéo|province|10.99|104.78
KH|Prey Veng|province|11.49|105.33
KH|Svay Rieng|province|11.09|105.8
KH|Kampot|province|10.61|104.18
KH|Kep|province|10.48|104.32
KH|Preah Sihanouk;Sihanoukville|province|10.61|103.53
KH|Koh Kong|province|11.62|102.98
KH|Pursat;Pouthisat|province|12.54|103.92
KH|Battambang|province|13.1|103.2
KH|Pailin|province|12.85|102.61
KH|Banteay Meanchey|province|13.59|102.97
KH|Siem Reap|province|13.37|103.84
KH|Oddar Meanchey|province|14.18|103.52
KH|Preah Vihear|province|13.81|104.98
KH|Stung Treng;Stoeng Treng|province|13.53|105.97
KH|Ratanakiri;Ratanak Kiri|province|13.74|106.99
KH|Mondulkiri;Mondol Kiri|province|12.46|107.19
KH|Kratie;Kratié|province|12.49|106.02
KH|Tbong Khmum;Tboung Khmum|province|11.92|105.65
KH|Poipet|city|13.66|102.56
KH|Bavet|city|11.06|106.14
KH|Ta Khmau|city|11.48|104.95
BD|Chittagong;Chattogram|city|22.36|91.78
BD|Savar|city|23.86|90.27
BD|Gazipur|city|23.99|90.42
BD|Narayanganj|city|23.62|90.5
BD|Ashulia|city|23.9|90.3
MM|Mandalay|city|21.95|96.08
MM|Naypyidaw;Nay Pyi Taw|city|19.76|96.08
VN|Ho Chi Minh City;Saigon|city|10.82|106.63
IN|Mumbai;Bombay|city|19.08|72.88
IN|Bengaluru;Bangalore|city|12.97|77.59
IN|Chennai;Madras|city|13.08|80.27
IN|Tiruppur;Tirupur|city|11.11|77.34
IN|Delhi|city|28.7|77.1
IN|Kolkata;Calcutta|city|22.57|88.36
PK|Karachi|city|24.86|67.01
PK|Lahore|city|31.55|74.34
PK|Faisalabad|city|31.42|73.08
CN|Shanghai|city|31.23|121.47
CN|Guangzhou|city|23.13|113.26
CN|Shenzhen|city|22.54|114.06
CN|Dongguan|city|23.02|113.75
ID|Bandung|city|-6.92|107.61
ID|Surabaya|city|-7.25|112.75
TH|Mae Sot|city|16.71|98.57
TH|Chiang Mai|city|18.79|98.98
TR|Istanbul|city|41.01|28.98
HN|San Pedro Sula|city|15.5|-88.03
LK|Katunayake|city|7.17|79.88
GB|Manchester|city|53.48|-2.24
GB|Birmingham|city|52.49|-1.89
GB|Glasgow|city|55.86|-4.25
GB|Edinburgh|city|55.95|-3.19
GB|Leeds|city|53.8|-1.55
GB|Bristol|city|51.45|-2.59
DE|Hamburg|city|53.55|9.99
DE|Munich;München|city|48.14|11.58
DE|Frankfurt|city|50.11|8.68
DE|Cologne;Köln|city|50.94|6.96
NL|Amsterdam|city|52.37|4.9
NL|Rotterdam|city|51.92|4.48
BE|Antwerp|city|51.22|4.4
CH|Geneva|city|46.2|6.14
CH|Zurich;Zürich|city|47.38|8.54
ES|Barcelona|city|41.39|2.17
IT|Milan|city|45.46|9.19
FR|Lyon|city|45.76|4.84
FR|Marseille|city|43.3|5.37
SE|Gothenburg|city|57.71|11.97
US|New York;New York City|city|40.71|-74.01
US|Los Angeles|city|34.05|-118.24
US|San Francisco|city|37.77|-122.42
US|Chicago|city|41.88|-87.63
US|Boston|city|42.36|-71.06
US|Seattle|city|47.61|-122.33
CA|Toronto|city|43.65|-79.38
CA|Montreal;Montréal|city|45.5|-73.57
CA|Vancouver|city|49.28|-123.12
AU|Sydney|city|-33.87|151.21
AU|Melbourne|city|-37.81|144.96
JP|Osaka|city|34.69|135.5
KR|Busan|city|35.18|129.08
BR|São Paulo;Sao Paulo|city|-23.55|-46.63
`;
