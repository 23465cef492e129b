<?php
/**
 * Translations: the admin and the editor speak the site's (or the user's) language through __().
 * The fallback inside a block speaks the block's own `lang`: the editor renders it with the
 * package's strings, so the server needs no catalogue of them.
 *
 * @package SolidarityWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Text domain loading and language tags.
 */
final class Solidarity_Widgets_I18n {

	const DOMAIN = 'solidarity-widgets';

	public static function load_textdomain() {
		load_plugin_textdomain( self::DOMAIN, false, dirname( plugin_basename( SOLIDARITY_WIDGETS_FILE ) ) . '/languages' );
	}

	/** A clean BCP 47 language tag for an attribute, or '' when the value is not one. */
	public static function sanitize_lang( $lang ) {
		$lang = is_string( $lang ) ? trim( $lang ) : '';
		return preg_match( '/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8}){0,4}$/D', $lang ) ? $lang : '';
	}

	/** The language a block's fallback speaks when the block sets none: the site's, as on its pages. */
	public static function page_lang() {
		return str_replace( '_', '-', get_locale() );
	}
}
