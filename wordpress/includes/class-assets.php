<?php
/**
 * Scripts, served from the plugin's own folder (no CDN) with the build's version as query string.
 * On the public site a script is enqueued only on pages that contain a block, the shortcode or one of
 * the four elements (in a Custom HTML block, say): the element's own ES module by default, or the
 * single IIFE when the `solidarity_widgets_script_mode` filter returns 'iife'.
 *
 * @package SolidarityWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Script registration and conditional loading.
 */
final class Solidarity_Widgets_Assets {

	const IIFE     = 'solidarity-widgets';
	const EDITOR   = 'solidarity-widgets-editor';
	const FALLBACK = 'solidarity-widgets-fallback';

	/** @var string[] Handles printed as type="module". */
	private static $modules = array();

	public static function hooks() {
		add_filter( 'script_loader_tag', array( __CLASS__, 'module_tag' ), 10, 2 );
		add_filter( 'render_block', array( __CLASS__, 'scan_block' ), 10, 2 );
		add_filter( 'the_content', array( __CLASS__, 'scan_html' ), 100 );
		add_filter( 'widget_text', array( __CLASS__, 'scan_html' ), 100 );
		add_action( 'enqueue_block_editor_assets', array( __CLASS__, 'editor_assets' ) );
	}

	private static function url( $path ) {
		return plugins_url( $path, SOLIDARITY_WIDGETS_FILE );
	}

	public static function register() {
		$ver  = Solidarity_Widgets_Elements::asset_version();
		$iife = Solidarity_Widgets_Elements::iife_file();
		if ( '' !== $iife ) {
			wp_register_script( self::IIFE, self::url( 'assets/' . $iife ), array(), $ver, true );
		}
		foreach ( Solidarity_Widgets_Elements::tags() as $tag ) {
			$module = Solidarity_Widgets_Elements::module_file( $tag );
			if ( '' !== $module ) {
				wp_register_script( self::IIFE . '-' . $tag, self::url( 'assets/' . $module ), array(), $ver, true );
				self::$modules[] = self::IIFE . '-' . $tag;
			}
		}
		wp_register_script( self::FALLBACK, self::url( 'editor/fallback.js' ), array(), $ver, true );
		wp_register_script(
			self::EDITOR,
			self::url( 'editor/editor.js' ),
			array_merge(
				array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n', 'wp-api-fetch', 'wp-data', self::FALLBACK ),
				'' !== $iife ? array( self::IIFE ) : array()
			),
			$ver,
			true
		);
		wp_set_script_translations( self::EDITOR, Solidarity_Widgets_I18n::DOMAIN, SOLIDARITY_WIDGETS_DIR . '/languages' );
		wp_register_style( self::EDITOR, self::url( 'editor/editor.css' ), array(), $ver );
		wp_register_style( self::IIFE, self::url( 'public/solidarity-widgets.css' ), array(), $ver );
	}

	/** 'module' (per-element ES modules, the default) or 'iife' (one classic script). */
	public static function mode() {
		$mode = apply_filters( 'solidarity_widgets_script_mode', 'module' );
		return 'iife' === $mode ? 'iife' : 'module';
	}

	/** Loads what one element needs on this page (once, whatever the number of elements). */
	public static function enqueue_for( $tag ) {
		if ( is_admin() || ( defined( 'REST_REQUEST' ) && REST_REQUEST ) ) {
			return;
		}
		wp_enqueue_style( self::IIFE );
		$module = self::IIFE . '-' . $tag;
		if ( 'module' === self::mode() && wp_script_is( $module, 'registered' ) ) {
			wp_enqueue_script( $module );
		} elseif ( wp_script_is( self::IIFE, 'registered' ) ) {
			wp_enqueue_script( self::IIFE );
		}
	}

	/** Enqueues for every element tag found in a piece of HTML. */
	public static function scan_html( $html ) {
		if ( is_string( $html ) && false !== strpos( $html, '<' ) ) {
			foreach ( Solidarity_Widgets_Elements::tags() as $tag ) {
				if ( false !== stripos( $html, '<' . $tag ) && preg_match( '/<' . preg_quote( $tag, '/' ) . '[\s>\/]/i', $html ) ) {
					self::enqueue_for( $tag );
				}
			}
		}
		return $html;
	}

	/** render_block filter: elements written by hand (Custom HTML, classic content, templates). */
	public static function scan_block( $content, $block ) {
		if ( isset( $block['blockName'] ) && is_string( $block['blockName'] ) && 0 === strpos( $block['blockName'], 'solidarity-widgets/' ) ) {
			return $content; // Our blocks enqueue in their render_callback.
		}
		return self::scan_html( $content );
	}

	/** script_loader_tag: ES modules get type="module". */
	public static function module_tag( $tag, $handle ) {
		if ( ! in_array( $handle, self::$modules, true ) ) {
			return $tag;
		}
		$tag = preg_replace( '/\stype=(["\'])[^"\']*\1/', '', $tag );
		return preg_replace( '/<script\b/', '<script type="module"', $tag, 1 );
	}

	/** Data the editor script needs: element attributes from the manifest, and what the user may do. */
	public static function editor_assets() {
		$elements = array();
		foreach ( Solidarity_Widgets_Elements::tags() as $tag ) {
			$elements[ $tag ] = Solidarity_Widgets_Elements::attributes( $tag );
		}
		$data = array(
			'elements'  => $elements,
			'canUpload' => current_user_can( 'upload_files' ),
			'pageLang'  => Solidarity_Widgets_I18n::page_lang(),
		);
		wp_add_inline_script( self::EDITOR, 'window.solidarityWidgetsEditor = ' . wp_json_encode( $data ) . ';', 'before' );
	}
}
