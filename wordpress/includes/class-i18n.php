<?php
/**
 * Translations. The admin and the editor speak the site's (or the user's) language through __();
 * the server-rendered fallback speaks the block's own `lang`, which may differ from the site's, so it
 * reads the plugin's Khmer catalogue directly for `km` and uses English for `en`.
 *
 * @package SolidarityWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Text domain loading and per-block-language lookups.
 */
final class Solidarity_Widgets_I18n {

	const DOMAIN = 'solidarity-widgets';

	/** @var array<string, MO|false> */
	private static $catalogues = array();

	public static function load_textdomain() {
		load_plugin_textdomain( self::DOMAIN, false, dirname( plugin_basename( SOLIDARITY_WIDGETS_FILE ) ) . '/languages' );
	}

	/** `km-KH` → `km`; empty for an empty or malformed tag. */
	public static function primary( $lang ) {
		if ( ! is_string( $lang ) || ! preg_match( '/^([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]{1,8})*$/D', $lang, $m ) ) {
			return '';
		}
		return strtolower( $m[1] );
	}

	/** A clean BCP 47 language tag for an attribute, or '' when the value is not one. */
	public static function sanitize_lang( $lang ) {
		$lang = is_string( $lang ) ? trim( $lang ) : '';
		return preg_match( '/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8}){0,4}$/D', $lang ) ? $lang : '';
	}

	/** The language the page is written in when a block sets none: the site's. */
	public static function page_lang() {
		return str_replace( '_', '-', determine_locale() );
	}

	/** @return MO|null */
	private static function catalogue( $primary ) {
		if ( ! array_key_exists( $primary, self::$catalogues ) ) {
			self::$catalogues[ $primary ] = false;
			$file                         = SOLIDARITY_WIDGETS_DIR . '/languages/' . self::DOMAIN . '-' . $primary . '.mo';
			if ( is_readable( $file ) ) {
				$mo = new MO();
				if ( $mo->import_from_file( $file ) ) {
					self::$catalogues[ $primary ] = $mo;
				}
			}
		}
		return self::$catalogues[ $primary ] ? self::$catalogues[ $primary ] : null;
	}

	/**
	 * Translates $text into the block's language $lang.
	 *
	 * @param string $text    English text (a literal, so tools can extract it).
	 * @param string $lang    Language tag of the block ('' = the page's).
	 * @param string $context Optional gettext context.
	 */
	public static function t( $text, $lang, $context = '' ) {
		$primary = self::primary( '' === $lang ? self::page_lang() : $lang );
		if ( 'en' === $primary ) {
			return $text;
		}
		$mo = self::catalogue( $primary );
		if ( $mo ) {
			return '' === $context ? $mo->translate( $text ) : $mo->translate( $text, $context );
		}
		// phpcs:ignore WordPress.WP.I18n -- the text is a literal at every call site of t().
		return '' === $context ? translate( $text, self::DOMAIN ) : translate_with_gettext_context( $text, $context, self::DOMAIN );
	}

	/** Khmer text uses Khmer digits, as the elements do. */
	public static function digits( $text, $lang ) {
		if ( 'km' !== self::primary( '' === $lang ? self::page_lang() : $lang ) ) {
			return $text;
		}
		return strtr( $text, array_combine( str_split( '0123456789' ), array( '០', '១', '២', '៣', '៤', '៥', '៦', '៧', '៨', '៩' ) ) );
	}
}
