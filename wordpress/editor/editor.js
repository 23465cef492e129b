/**
 * Solidarity Widgets: the block editor side of the four blocks. Plain JavaScript on WordPress's own
 * globals (wp.blocks, wp.element, wp.blockEditor, wp.components, wp.i18n, wp.apiFetch): no build step.
 *
 * Each block shows a live preview of its element, takes its feed from the media library (or a URL)
 * and its attributes from sidebar controls generated from the custom-elements manifest, and saves
 * the element with its no-JS fallback inside it, so the post stays readable without the plugin. The
 * fallback is rendered here, from the feed, by the package's own fallbackHtml (editor/fallback.js),
 * and sanitised by the server as kses would leave it in the post.
 */
(function (wp, data) {
	'use strict';
	if (!wp || !wp.blocks || !data) {
		return;
	}
	var el = wp.element.createElement;
	var Fragment = wp.element.Fragment;
	var RawHTML = wp.element.RawHTML;
	var useState = wp.element.useState;
	var useEffect = wp.element.useEffect;
	var useRef = wp.element.useRef;
	var be = wp.blockEditor;
	var c = wp.components;
	var __ = wp.i18n.__;
	var sprintf = wp.i18n.sprintf;
	var apiFetch = wp.apiFetch;
	var NS = '/solidarity-widgets/v1';
	var OWN = ['feedId', 'src', 'lang', 'fallback', 'className', 'align', 'lock'];

	/** The media library's feeds, loaded once per editor and reloaded on demand. */
	var feedsPromise = null;
	function loadFeeds(force) {
		if (!feedsPromise || force) {
			feedsPromise = apiFetch({ path: NS + '/feeds' }).catch(function () {
				feedsPromise = null;
				return [];
			});
		}
		return feedsPromise;
	}

	/** `page-size` → "Page size". */
	function label(name) {
		var s = name.replace(/-/g, ' ');
		return s.charAt(0).toUpperCase() + s.slice(1);
	}

	/** The element's own attributes (from the manifest) that this block has set. */
	function elementAttributes(tag, attributes) {
		var specs = data.elements[tag] || {};
		var out = {};
		Object.keys(specs).forEach(function (name) {
			var v = attributes[name];
			if (v === undefined || v === null || v === '' || v === false) {
				return;
			}
			if (specs[name].type === 'number' && (typeof v !== 'number' || !isFinite(v))) {
				return;
			}
			out[name] = v === true ? '' : String(v);
		});
		return out;
	}

	/** The settings as fallbackHtml reads them: booleans stay true. */
	function fallbackAttributes(tag, attributes) {
		var own = elementAttributes(tag, attributes);
		Object.keys(own).forEach(function (k) {
			if (attributes[k] === true) {
				own[k] = true;
			}
		});
		return own;
	}

	/** The feed, read from this site only: an address elsewhere is left to the reader's browser. */
	function loadFeed(src) {
		var url;
		try {
			url = new URL(src, window.location.href);
		} catch (e) {
			return Promise.resolve(null);
		}
		if (!src || url.origin !== window.location.origin) {
			return Promise.resolve(null);
		}
		return window
			.fetch(url.href, { credentials: 'same-origin' })
			.then(function (r) {
				return r.ok ? r.json() : null;
			})
			.catch(function () {
				return null;
			});
	}

	/** Attributes written on the element in the saved post and in the preview. */
	function savedAttributes(tag, attributes) {
		var out = {};
		if (attributes.src) {
			out.src = attributes.src;
		}
		if (attributes.lang) {
			out.lang = attributes.lang;
		}
		var own = elementAttributes(tag, attributes);
		Object.keys(own).forEach(function (k) {
			out[k] = own[k];
		});
		return out;
	}

	/** The live element, created from script so no markup string is ever parsed. */
	function Preview(props) {
		var ref = useRef(null);
		var key = JSON.stringify(props.attrs);
		useEffect(
			function () {
				var host = ref.current;
				if (!host) {
					return;
				}
				while (host.firstChild) {
					host.removeChild(host.firstChild);
				}
				var node = document.createElement(props.tag);
				Object.keys(props.attrs).forEach(function (k) {
					node.setAttribute(k, props.attrs[k]);
				});
				host.appendChild(node);
			},
			[props.tag, key]
		);
		return el('div', { className: 'sw-editor-preview', ref: ref });
	}

	function control(tag, name, spec, value, set) {
		var help = spec.description || undefined;
		var onChange = function (v) {
			var patch = {};
			patch[name] = v;
			set(patch);
		};
		if (spec.type === 'boolean') {
			return el(c.ToggleControl, { key: name, label: label(name), help: help, checked: !!value, onChange: onChange });
		}
		if (spec.enum) {
			var def = spec['default'] !== undefined ? String(spec['default']) : '';
			return el(c.SelectControl, {
				key: name,
				label: label(name),
				help: help,
				value: value || '',
				options: [{ label: def ? sprintf(__('Default (%s)', 'solidarity-widgets'), def) : __('Default', 'solidarity-widgets'), value: '' }].concat(
					spec.enum.map(function (o) {
						return { label: o, value: o };
					})
				),
				onChange: function (v) {
					onChange(v || undefined);
				},
			});
		}
		if (spec.type === 'number') {
			return el(c.TextControl, {
				key: name,
				type: 'number',
				label: label(name),
				help: help,
				placeholder: spec['default'] !== undefined ? String(spec['default']) : '',
				value: value === undefined || value === null ? '' : String(value),
				onChange: function (v) {
					var n = v === '' ? undefined : Number(v);
					onChange(n === undefined || isFinite(n) ? n : undefined);
				},
			});
		}
		return el(c.TextControl, {
			key: name,
			label: label(name),
			help: help,
			placeholder: spec['default'] !== undefined ? String(spec['default']) : '',
			value: value || '',
			onChange: function (v) {
				onChange(v || undefined);
			},
		});
	}

	function FeedControls(props) {
		var attributes = props.attributes;
		var setAttributes = props.setAttributes;
		var feeds = props.feeds;
		var options = [{ label: feeds ? __('— Choose a feed —', 'solidarity-widgets') : __('Loading feeds…', 'solidarity-widgets'), value: '' }];
		(feeds || []).forEach(function (f) {
			options.push({
				label: f.valid === false ? sprintf(__('%s (not a valid feed)', 'solidarity-widgets'), f.title) : f.title,
				value: String(f.id),
			});
		});
		return el(
			Fragment,
			null,
			el(c.SelectControl, {
				className: 'sw-feed-select',
				label: __('Feed from the media library', 'solidarity-widgets'),
				value: attributes.feedId ? String(attributes.feedId) : '',
				options: options,
				onChange: function (v) {
					var id = Number(v) || undefined;
					var f = (feeds || []).filter(function (x) {
						return x.id === id;
					})[0];
					setAttributes({ feedId: id, src: f ? f.url : undefined });
				},
			}),
			el(
				be.MediaUploadCheck,
				null,
				el(be.MediaUpload, {
					allowedTypes: ['application/json'],
					value: attributes.feedId,
					onSelect: function (media) {
						props.onLibraryChange();
						setAttributes({ feedId: media.id, src: media.url });
					},
					render: function (o) {
						return el(c.Button, { variant: 'secondary', className: 'sw-feed-media', onClick: o.open }, __('Choose or upload in the media library', 'solidarity-widgets'));
					},
				})
			),
			el(c.TextControl, {
				className: 'sw-feed-url',
				type: 'url',
				label: __('Or a feed URL', 'solidarity-widgets'),
				help: __('The element loads this URL in the reader\'s browser; the site never fetches it.', 'solidarity-widgets'),
				value: attributes.feedId ? '' : attributes.src || '',
				onChange: function (v) {
					setAttributes({ feedId: undefined, src: v || undefined });
				},
			})
		);
	}

	function makeEdit(tag) {
		return function Edit(props) {
			var attributes = props.attributes;
			var setAttributes = props.setAttributes;
			var specs = data.elements[tag] || {};
			var feedsState = useState(null);
			var feeds = feedsState[0];
			var setFeeds = feedsState[1];
			var statusState = useState('ready');
			var status = statusState[0];
			var setStatus = statusState[1];
			var first = useRef(true);
			var hasFeed = !!(attributes.feedId || attributes.src);

			useEffect(function () {
				var live = true;
				loadFeeds(false).then(function (list) {
					if (live) {
						setFeeds(list);
					}
				});
				return function () {
					live = false;
				};
			}, []);

			// The fallback saved inside the block: rendered again whenever what it depends on changes.
			var depends = JSON.stringify([attributes.feedId || 0, attributes.src || '', attributes.lang || '', elementAttributes(tag, attributes)]);
			useEffect(
				function () {
					var wasFirst = first.current;
					first.current = false;
					if (!hasFeed) {
						if (attributes.fallback) {
							setAttributes({ fallback: '' });
						}
						setStatus('ready');
						return undefined;
					}
					if (wasFirst && attributes.fallback) {
						return undefined; // Opening a saved post: keep what it has until something changes.
					}
					var cancelled = false;
					setStatus('loading');
					var payload = { feedId: attributes.feedId || 0, src: attributes.src || '', lang: attributes.lang || '' };
					Object.keys(specs).forEach(function (k) {
						if (attributes[k] !== undefined) {
							payload[k] = attributes[k];
						}
					});
					var lang = attributes.lang || data.pageLang || 'en';
					var timer = setTimeout(function () {
						loadFeed(attributes.src || '')
							.then(function (feed) {
								if (cancelled || !feed) {
									return { html: '' };
								}
								var html = window.solidarityWidgetsFallback.fallbackHtml(tag, feed, fallbackAttributes(tag, attributes), lang);
								return apiFetch({ path: NS + '/fallback', method: 'POST', data: { block: tag, attributes: payload, html: html } });
							})
							.then(function (r) {
								if (cancelled) {
									return;
								}
								var html = r && typeof r.html === 'string' ? r.html : '';
								if (html !== (attributes.fallback || '')) {
									setAttributes({ fallback: html });
								}
								setStatus('ready');
							})
							.catch(function () {
								if (!cancelled) {
									setStatus('error');
								}
							});
					}, 250);
					return function () {
						cancelled = true;
						clearTimeout(timer);
					};
				},
				[depends]
			);

			var set = function (patch) {
				setAttributes(patch);
			};
			var langOptions = [
				{ label: __('Language of the page', 'solidarity-widgets'), value: '' },
				{ label: __('English', 'solidarity-widgets'), value: 'en' },
				{ label: __('Khmer (ខ្មែរ)', 'solidarity-widgets'), value: 'km' },
			];
			var displayNames = Object.keys(specs).filter(function (n) {
				return n !== 'theme' && OWN.indexOf(n) < 0;
			});
			var feedControls = el(FeedControls, {
				attributes: attributes,
				setAttributes: setAttributes,
				feeds: feeds,
				onLibraryChange: function () {
					loadFeeds(true).then(setFeeds);
				},
			});

			var inspector = el(
				be.InspectorControls,
				null,
				el(c.PanelBody, { title: __('Feed', 'solidarity-widgets'), initialOpen: true, className: 'sw-panel-feed' }, feedControls),
				el(
					c.PanelBody,
					{ title: __('Language and theme', 'solidarity-widgets'), initialOpen: true, className: 'sw-panel-look' },
					el(c.SelectControl, {
						className: 'sw-lang',
						label: __('Language', 'solidarity-widgets'),
						value: attributes.lang || '',
						options: langOptions,
						onChange: function (v) {
							setAttributes({ lang: v || undefined });
						},
					}),
					specs.theme ? control(tag, 'theme', specs.theme, attributes.theme, set) : null
				),
				displayNames.length
					? el(
							c.PanelBody,
							{ title: __('Display', 'solidarity-widgets'), initialOpen: false, className: 'sw-panel-display' },
							displayNames.map(function (n) {
								return control(tag, n, specs[n], attributes[n], set);
							})
					  )
					: null
			);

			var blockProps = be.useBlockProps({ className: 'sw-editor', 'data-sw-fallback': status });
			var body = hasFeed
				? el(Preview, { tag: tag, attrs: savedAttributes(tag, attributes) })
				: el(
						c.Placeholder,
						{
							icon: 'rss',
							label: wp.blocks.getBlockType('solidarity-widgets/' + tag).title,
							instructions: __('Choose a feed from the media library, or give its URL.', 'solidarity-widgets'),
						},
						el('div', { className: 'sw-placeholder-feed' }, feedControls)
				  );
			return el(
				Fragment,
				null,
				inspector,
				el(
					'div',
					blockProps,
					body,
					status === 'error'
						? el(c.Notice, { status: 'warning', isDismissible: false }, __('The fallback content could not be prepared; the post will show the element only.', 'solidarity-widgets'))
						: null
				)
			);
		};
	}

	function makeSave(tag) {
		return function save(props) {
			var attrs = savedAttributes(tag, props.attributes);
			var blockProps = be.useBlockProps.save(attrs);
			return el(tag, blockProps, el(RawHTML, null, props.attributes.fallback || ''));
		};
	}

	Object.keys(data.elements).forEach(function (tag) {
		// Title, icon and attributes come from the block.json registered on the server.
		wp.blocks.registerBlockType('solidarity-widgets/' + tag, { edit: makeEdit(tag), save: makeSave(tag) });
	});
})(window.wp, window.solidarityWidgetsEditor);
