<?php
/**
 * The four elements and their attributes. `npm run build:wordpress` writes includes/generated/elements.php
 * from the package's custom-elements.json, so the blocks, the shortcode and the HTML filter follow the
 * elements' documented attributes and never drift. Without that file (the plugin run from its source
 * folder) only the attributes every element has are known.
 *
 * @package SolidarityWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Read-only access to the generated element data.
 */
final class Solidarity_Widgets_Elements {

	const TAGS = array( 'press-release-list', 'wage-gap-gauge', 'incident-timeline', 'action-map' );

	/** Attributes the plugin handles itself, never taken from the manifest as plain controls. */
	const OWN = array( 'src', 'lang', 'class', 'style', 'id', 'slot' );

	/** @var array|null */
	private static $data = null;

	/**
	 * The generated data: version, asset version, and per tag its module file and attributes.
	 *
	 * @return array
	 */
	public static function data() {
		if ( null === self::$data ) {
			$file = SOLIDARITY_WIDGETS_DIR . '/includes/generated/elements.php';
			$data = is_readable( $file ) ? include $file : null;
			if ( ! is_array( $data ) || empty( $data['elements'] ) ) {
				$base     = array(
					'theme' => array(
						'type'        => 'string',
						'enum'        => array( 'auto', 'light', 'dark' ),
						'default'     => 'auto',
						'description' => 'Colour scheme: `auto` follows the reader\'s system setting.',
					),
				);
				$elements = array();
				foreach ( self::TAGS as $tag ) {
					$elements[ $tag ] = array(
						'module'     => '',
						'attributes' => $base,
					);
				}
				$data = array(
					'version'       => '0.0.0-source',
					'asset_version' => '0.0.0-source',
					'iife'          => '',
					'elements'      => $elements,
				);
			}
			self::$data = $data;
		}
		return self::$data;
	}

	/** @return string[] */
	public static function tags() {
		return array_keys( self::data()['elements'] );
	}

	public static function is_tag( $tag ) {
		return is_string( $tag ) && isset( self::data()['elements'][ $tag ] );
	}

	/**
	 * Manifest attributes of one element, without the ones the plugin handles itself.
	 *
	 * @param string $tag Element tag.
	 * @return array<string, array> name => { type, enum?, default?, description, url? }
	 */
	public static function attributes( $tag ) {
		if ( ! self::is_tag( $tag ) ) {
			return array();
		}
		$attrs = self::data()['elements'][ $tag ]['attributes'];
		foreach ( self::OWN as $own ) {
			unset( $attrs[ $own ] );
		}
		return $attrs;
	}

	/** Version used as the query string of every script: changes whenever the bundled files change. */
	public static function asset_version() {
		return (string) self::data()['asset_version'];
	}

	/** Path of the element's ES module inside assets/, or '' when the build has none. */
	public static function module_file( $tag ) {
		return self::is_tag( $tag ) ? (string) self::data()['elements'][ $tag ]['module'] : '';
	}

	/** Path of the IIFE inside assets/, or '' when the build has none. */
	public static function iife_file() {
		return (string) self::data()['iife'];
	}

	/** The block name of an element: solidarity-widgets/<tag>. */
	public static function block_name( $tag ) {
		return 'solidarity-widgets/' . $tag;
	}
}
