<?php
/**
 * Lets the four elements and their documented attributes through the post HTML filter, so a Custom
 * HTML block written by an author or a contributor keeps them. Scripts stay stripped: the plugin
 * loads the library itself. URL attributes are checked like `href` (no `javascript:`).
 *
 * @package SolidarityWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * wp_kses_allowed_html and wp_kses_uri_attributes.
 */
final class Solidarity_Widgets_Kses {

	/** Global attributes kept on the elements. */
	const GLOBAL_ATTRS = array( 'class', 'id', 'lang', 'dir', 'title', 'hidden', 'role', 'aria-label', 'aria-labelledby', 'aria-describedby', 'data-*' );

	public static function hooks() {
		add_filter( 'wp_kses_allowed_html', array( __CLASS__, 'allowed_html' ), 10, 2 );
		add_filter( 'wp_kses_uri_attributes', array( __CLASS__, 'uri_attributes' ) );
	}

	/**
	 * The element tags and their attributes, as kses wants them.
	 *
	 * @return array<string, array<string, bool>>
	 */
	public static function element_tags() {
		$out = array();
		foreach ( Solidarity_Widgets_Elements::tags() as $tag ) {
			$names = array_merge( array( 'src' ), array_keys( Solidarity_Widgets_Elements::attributes( $tag ) ), self::GLOBAL_ATTRS );
			$out[ $tag ] = array_fill_keys( $names, true );
		}
		return $out;
	}

	/**
	 * @param array        $tags    Allowed tags.
	 * @param string|array $context kses context.
	 */
	public static function allowed_html( $tags, $context ) {
		if ( 'post' !== $context || ! is_array( $tags ) ) {
			return $tags;
		}
		$tags = array_merge( $tags, self::element_tags() );
		// The fallback marks dates with <time datetime>, which core's list lacks.
		if ( ! isset( $tags['time'] ) ) {
			$tags['time'] = array_fill_keys( array( 'datetime', 'class', 'id', 'lang', 'dir', 'title' ), true );
		}
		return $tags;
	}

	/** URL-valued element attributes get the same protocol check as href and src. */
	public static function uri_attributes( $attrs ) {
		foreach ( Solidarity_Widgets_Elements::tags() as $tag ) {
			foreach ( Solidarity_Widgets_Elements::attributes( $tag ) as $name => $spec ) {
				if ( Solidarity_Widgets_Render::is_url_attribute( $name, $spec ) && ! in_array( $name, $attrs, true ) ) {
					$attrs[] = $name;
				}
			}
		}
		return $attrs;
	}
}
