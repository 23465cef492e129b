<?php
/**
 * Server-side rendering of the four blocks and of the [solidarity-widget] shortcode: the element with
 * its attributes, and inside it the no-JS fallback that the block editor rendered from the feed (with
 * the package's own fallbackHtml) and saved in the block; a shortcode, or a block saved without one,
 * takes the rendering the editor stored with the feed for the same settings. The server only
 * sanitises it (wp_kses_post). The feed itself is never written into the page (no inline JSON): the
 * element loads it from its `src`.
 *
 * @package SolidarityWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Blocks, shortcode and element markup.
 */
final class Solidarity_Widgets_Render {

	const SHORTCODE = 'solidarity-widget';

	/** Registers the blocks (from their block.json) and the shortcode. */
	public static function register() {
		foreach ( Solidarity_Widgets_Elements::tags() as $tag ) {
			$dir = SOLIDARITY_WIDGETS_DIR . '/blocks/' . $tag;
			if ( ! file_exists( $dir . '/block.json' ) ) {
				continue;
			}
			register_block_type(
				$dir,
				array(
					'render_callback' => function ( $attributes, $content ) use ( $tag ) {
						return self::render_block( $tag, (array) $attributes, (string) $content );
					},
				)
			);
		}
		add_shortcode( self::SHORTCODE, array( __CLASS__, 'shortcode' ) );
	}

	/** True for attribute names that hold a URL (checked as http/https, like `src`). */
	public static function is_url_attribute( $name, array $spec = array() ) {
		return ! empty( $spec['url'] ) || 'src' === $name || 'href' === $name || (bool) preg_match( '/-url$/D', $name );
	}

	/**
	 * The element's own attributes (not src/lang), sanitized against the manifest: enum values must be
	 * listed, numbers numeric, booleans true, URLs http(s).
	 *
	 * @param string $tag   Element tag.
	 * @param array  $input Raw values by attribute name (block attributes or shortcode atts).
	 * @return array<string, string|true>
	 */
	public static function element_attributes( $tag, array $input ) {
		$out = array();
		foreach ( Solidarity_Widgets_Elements::attributes( $tag ) as $name => $spec ) {
			if ( ! array_key_exists( $name, $input ) ) {
				continue;
			}
			$v = $input[ $name ];
			if ( null === $v || '' === $v ) {
				continue;
			}
			$type = isset( $spec['type'] ) ? $spec['type'] : 'string';
			if ( 'boolean' === $type ) {
				if ( true === $v || 1 === $v || ( is_string( $v ) && in_array( strtolower( $v ), array( '1', 'true', 'yes', 'on', $name ), true ) ) ) {
					$out[ $name ] = true;
				}
				continue;
			}
			if ( ! is_scalar( $v ) ) {
				continue;
			}
			$v = trim( (string) $v );
			if ( 'number' === $type ) {
				if ( is_numeric( $v ) && is_finite( (float) $v ) ) {
					$out[ $name ] = (string) ( 0 + $v );
				}
				continue;
			}
			if ( ! empty( $spec['enum'] ) ) {
				if ( in_array( $v, $spec['enum'], true ) ) {
					$out[ $name ] = $v;
				}
				continue;
			}
			if ( self::is_url_attribute( $name, $spec ) ) {
				$v = esc_url_raw( $v, array( 'http', 'https' ) );
				if ( '' === $v ) {
					continue;
				}
			}
			$out[ $name ] = $v;
		}
		return $out;
	}

	/**
	 * Markup of one element.
	 *
	 * @param string $tag  Element tag.
	 * @param array  $args feed_id (int), src (string), lang (string), attrs (raw values), wrapper (extra
	 *                     attribute string, already escaped), saved_fallback (HTML kept from the post).
	 * @return string
	 */
	public static function markup( $tag, array $args ) {
		if ( ! Solidarity_Widgets_Elements::is_tag( $tag ) ) {
			return '';
		}
		$args     = wp_parse_args(
			$args,
			array(
				'feed_id'        => 0,
				'src'            => '',
				'lang'           => '',
				'attrs'          => array(),
				'wrapper'        => '',
				'saved_fallback' => '',
			)
		);
		$lang     = Solidarity_Widgets_I18n::sanitize_lang( $args['lang'] );
		$attrs    = self::element_attributes( $tag, (array) $args['attrs'] );
		$resolved = Solidarity_Widgets_Feeds::resolve( $args['feed_id'], (string) $args['src'] );
		$src      = '' === $resolved['src'] ? '' : esc_url( $resolved['src'], array( 'http', 'https' ) );
		$fallback = '' !== $args['saved_fallback'] ? $args['saved_fallback'] : Solidarity_Widgets_Feeds::stored_fallback( $resolved['id'], $tag, $lang, $attrs );

		$html = '<' . $tag;
		if ( '' !== $args['wrapper'] ) {
			$html .= ' ' . $args['wrapper'];
		}
		if ( '' !== $src ) {
			$html .= ' src="' . $src . '"';
		}
		if ( '' !== $lang ) {
			$html .= ' lang="' . esc_attr( $lang ) . '"';
		}
		$specs = Solidarity_Widgets_Elements::attributes( $tag );
		foreach ( $attrs as $name => $value ) {
			$is_url = self::is_url_attribute( $name, isset( $specs[ $name ] ) ? $specs[ $name ] : array() );
			$html  .= true === $value ? ' ' . $name : ' ' . $name . '="' . ( $is_url ? esc_url( $value, array( 'http', 'https' ) ) : esc_attr( $value ) ) . '"';
		}
		$html .= '>';

		$html .= wp_kses_post( $fallback );
		Solidarity_Widgets_Assets::enqueue_for( $tag );
		return $html . '</' . $tag . '>';
	}

	/** render_callback of every block. */
	public static function render_block( $tag, array $attributes, $content ) {
		$saved = '';
		if ( '' !== $content && preg_match( '#<' . preg_quote( $tag, '#' ) . '\b[^>]*>(.*)</' . preg_quote( $tag, '#' ) . '>\s*$#s', $content, $m ) ) {
			$saved = $m[1];
		}
		return self::markup(
			$tag,
			array(
				'feed_id'        => isset( $attributes['feedId'] ) ? $attributes['feedId'] : 0,
				'src'            => isset( $attributes['src'] ) && is_string( $attributes['src'] ) ? $attributes['src'] : '',
				'lang'           => isset( $attributes['lang'] ) && is_string( $attributes['lang'] ) ? $attributes['lang'] : '',
				'attrs'          => $attributes,
				'wrapper'        => get_block_wrapper_attributes( array( 'class' => 'solidarity-widget' ) ),
				'saved_fallback' => $saved,
			)
		);
	}

	/**
	 * [solidarity-widget type="incident-timeline" feed="123" lang="km" theme="dark"]. `feed` is a media
	 * library id or a URL; any documented attribute of the element may be given too.
	 *
	 * @param array|string $atts Shortcode attributes.
	 */
	public static function shortcode( $atts ) {
		$atts = is_array( $atts ) ? $atts : array();
		// A bare word is a boolean attribute: [solidarity-widget type="wage-gap-gauge" history].
		foreach ( $atts as $k => $v ) {
			if ( is_int( $k ) && is_string( $v ) && preg_match( '/^[a-z][a-z0-9-]*$/D', $v ) && ! isset( $atts[ $v ] ) ) {
				$atts[ $v ] = true;
			}
		}
		$type = isset( $atts['type'] ) ? strtolower( trim( (string) $atts['type'] ) ) : '';
		$type = preg_replace( '#^solidarity-widgets/#', '', $type );
		if ( ! Solidarity_Widgets_Elements::is_tag( $type ) ) {
			if ( current_user_can( 'edit_posts' ) ) {
				return '<p class="solidarity-widget-error">' . esc_html(
					sprintf(
						/* translators: 1: the value given, 2: the list of valid types. */
						__( 'Solidarity widget: unknown type "%1$s". Use one of: %2$s.', 'solidarity-widgets' ),
						$type,
						implode( ', ', Solidarity_Widgets_Elements::tags() )
					)
				) . '</p>';
			}
			return '';
		}
		$feed    = isset( $atts['feed'] ) ? trim( (string) $atts['feed'] ) : ( isset( $atts['src'] ) ? trim( (string) $atts['src'] ) : '' );
		$feed_id = ctype_digit( $feed ) ? (int) $feed : 0;
		return self::markup(
			$type,
			array(
				'feed_id' => $feed_id,
				'src'     => $feed_id ? '' : $feed,
				'lang'    => isset( $atts['lang'] ) ? (string) $atts['lang'] : '',
				'attrs'   => $atts,
				'wrapper' => 'class="' . esc_attr( 'solidarity-widget wp-block-solidarity-widgets-' . $type ) . '"',
			)
		);
	}
}
