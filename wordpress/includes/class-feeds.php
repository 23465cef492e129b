<?php
/**
 * Where a block's feed comes from: a media-library attachment (by its id, or by its URL), or any other
 * URL, handed to the element as it is and never fetched by the plugin. An attachment also keeps the
 * fallbacks the block editor rendered from it, by element and settings, for the shortcode.
 *
 * @package SolidarityWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Feed lookup and parsing.
 */
final class Solidarity_Widgets_Feeds {

	const MIME          = 'application/json';
	const MAX_BYTES     = 8388608; // 8 MiB: far above a campaign feed, far below a memory problem.
	const META          = '_solidarity_widgets_feed';
	const FALLBACKS     = '_solidarity_widgets_fallbacks';
	const MAX_FALLBACKS = 24;

	/** True when $id is a JSON attachment in the media library. */
	public static function is_feed_attachment( $id ) {
		$id = absint( $id );
		if ( ! $id ) {
			return false;
		}
		$post = get_post( $id );
		return $post && 'attachment' === $post->post_type && self::MIME === $post->post_mime_type;
	}

	/** Public URL of a feed attachment ('' when it is none). */
	public static function attachment_url( $id ) {
		if ( ! self::is_feed_attachment( $id ) ) {
			return '';
		}
		$url = wp_get_attachment_url( absint( $id ) );
		return $url ? $url : '';
	}

	/**
	 * The URL for the element's `src`, and the attachment behind it (0 for another site's URL).
	 *
	 * @param int    $feed_id Attachment id (0 for none).
	 * @param string $src     A URL given by the author ('' for none).
	 * @return array{src: string, id: int}
	 */
	public static function resolve( $feed_id, $src ) {
		$feed_id = absint( $feed_id );
		if ( $feed_id && self::is_feed_attachment( $feed_id ) ) {
			return array(
				'src' => self::attachment_url( $feed_id ),
				'id'  => $feed_id,
			);
		}
		$src = is_string( $src ) ? trim( $src ) : '';
		$id  = '' === $src ? 0 : attachment_url_to_postid( strtok( $src, '?#' ) );
		return array(
			'src' => $src,
			'id'  => $id && self::is_feed_attachment( $id ) ? $id : 0,
		);
	}

	private static function fallback_key( $tag, $lang, array $attrs ) {
		ksort( $attrs );
		return md5( (string) wp_json_encode( array( $tag, $lang, $attrs ) ) );
	}

	/** The fallback the editor stored for a feed, an element and its settings ('' when none). */
	public static function stored_fallback( $id, $tag, $lang, array $attrs ) {
		$stored = $id ? get_post_meta( $id, self::FALLBACKS, true ) : null;
		$key    = self::fallback_key( $tag, $lang, $attrs );
		return is_array( $stored ) && isset( $stored[ $key ] ) && is_string( $stored[ $key ] ) ? $stored[ $key ] : '';
	}

	/** Keeps a sanitised fallback with the feed (the most recent few settings). */
	public static function store_fallback( $id, $tag, $lang, array $attrs, $html ) {
		$stored = get_post_meta( $id, self::FALLBACKS, true );
		$stored = is_array( $stored ) ? $stored : array();
		$key    = self::fallback_key( $tag, $lang, $attrs );
		unset( $stored[ $key ] );
		$stored[ $key ] = $html;
		update_post_meta( $id, self::FALLBACKS, wp_slash( array_slice( $stored, -self::MAX_FALLBACKS, null, true ) ) );
	}

	/**
	 * Feeds in the media library, newest first, for the block's feed picker.
	 *
	 * @return array<int, array{id: int, title: string, url: string, valid: bool|null, counts: array}>
	 */
	public static function list_feeds() {
		$posts = get_posts(
			array(
				'post_type'      => 'attachment',
				'post_status'    => 'inherit',
				'post_mime_type' => self::MIME,
				'posts_per_page' => 200,
				'orderby'        => 'date',
				'order'          => 'DESC',
				'no_found_rows'  => true,
			)
		);
		$out   = array();
		foreach ( $posts as $post ) {
			$meta  = get_post_meta( $post->ID, self::META, true );
			$out[] = array(
				'id'     => (int) $post->ID,
				'title'  => get_the_title( $post ),
				'url'    => (string) wp_get_attachment_url( $post->ID ),
				'valid'  => is_array( $meta ) ? (bool) $meta['valid'] : null,
				'counts' => is_array( $meta ) && isset( $meta['counts'] ) ? $meta['counts'] : array(),
			);
		}
		return $out;
	}

	/**
	 * Counts of what a decoded feed holds.
	 *
	 * @param array $feed Decoded feed.
	 * @return array{items: int, wages: int, incidents: int, actions: int}
	 */
	public static function counts( $feed ) {
		$camp = isset( $feed['_campaign'] ) && is_array( $feed['_campaign'] ) ? $feed['_campaign'] : array();
		$n    = function ( $v ) {
			return is_array( $v ) ? count( $v ) : 0;
		};
		return array(
			'items'     => $n( isset( $feed['items'] ) ? $feed['items'] : null ),
			'wages'     => $n( isset( $camp['wages'] ) ? $camp['wages'] : null ),
			'incidents' => $n( isset( $camp['incidents'] ) ? $camp['incidents'] : null ),
			'actions'   => $n( isset( $camp['actions'] ) ? $camp['actions'] : null ),
		);
	}
}
