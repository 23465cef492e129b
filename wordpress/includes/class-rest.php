<?php
/**
 * Two read-only REST routes for the block editor (cookie authentication with the REST nonce, as
 * apiFetch sends it; every route checks `edit_posts`):
 * - GET  solidarity-widgets/v1/feeds     the JSON feeds in the media library, for the feed picker
 *   (contributors cannot open the media library, but may use the feeds in it);
 * - POST solidarity-widgets/v1/fallback  the fallback the editor rendered for a block, sanitised as
 *   kses would leave it in the post; the editor saves it inside the block so the content outlives
 *   the plugin. When the user may edit the feed's attachment, it is also kept with the feed for
 *   shortcodes with the same settings.
 *
 * @package SolidarityWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * REST routes.
 */
final class Solidarity_Widgets_Rest {

	const NS = 'solidarity-widgets/v1';

	public static function hooks() {
		add_action( 'rest_api_init', array( __CLASS__, 'routes' ) );
	}

	public static function can_edit() {
		return current_user_can( 'edit_posts' );
	}

	public static function routes() {
		register_rest_route(
			self::NS,
			'/feeds',
			array(
				'methods'             => WP_REST_Server::READABLE,
				'callback'            => array( __CLASS__, 'feeds' ),
				'permission_callback' => array( __CLASS__, 'can_edit' ),
			)
		);
		register_rest_route(
			self::NS,
			'/fallback',
			array(
				'methods'             => WP_REST_Server::CREATABLE,
				'callback'            => array( __CLASS__, 'fallback' ),
				'permission_callback' => array( __CLASS__, 'can_edit' ),
				'args'                => array(
					'block'      => array(
						'type'     => 'string',
						'required' => true,
						'enum'     => Solidarity_Widgets_Elements::tags(),
					),
					'attributes' => array(
						'type'     => 'object',
						'required' => true,
					),
					'html'       => array(
						'type'    => 'string',
						'default' => '',
					),
				),
			)
		);
	}

	public static function feeds() {
		return rest_ensure_response( Solidarity_Widgets_Feeds::list_feeds() );
	}

	/** @param WP_REST_Request $request Request with `block` and `attributes`. */
	public static function fallback( $request ) {
		$tag        = (string) $request['block'];
		$attributes = (array) $request['attributes'];
		$feed_id    = isset( $attributes['feedId'] ) ? absint( $attributes['feedId'] ) : 0;
		if ( $feed_id && ! current_user_can( 'read_post', $feed_id ) ) {
			return new WP_Error( 'solidarity_widgets_forbidden', __( 'Sorry, you are not allowed to read this feed.', 'solidarity-widgets' ), array( 'status' => 403 ) );
		}
		// The same markup kses would leave in the post of a user without unfiltered_html.
		$html     = wp_kses_post( (string) $request['html'] );
		$resolved = Solidarity_Widgets_Feeds::resolve( $feed_id, isset( $attributes['src'] ) ? (string) $attributes['src'] : '' );
		if ( $resolved['id'] && current_user_can( 'edit_post', $resolved['id'] ) ) {
			$lang = Solidarity_Widgets_I18n::sanitize_lang( isset( $attributes['lang'] ) ? $attributes['lang'] : '' );
			Solidarity_Widgets_Feeds::store_fallback( $resolved['id'], $tag, $lang, Solidarity_Widgets_Render::element_attributes( $tag, $attributes ), $html );
		}
		return rest_ensure_response( array( 'html' => $html ) );
	}
}
