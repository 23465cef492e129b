<?php
/**
 * Where a block's feed comes from, read without any HTTP request: a media-library attachment is
 * read from disk by its id, and a URL that points into this site's uploads folder is read from the
 * matching file. Any other URL is handed to the element as it is and never fetched by the plugin.
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

	const MIME      = 'application/json';
	const MAX_BYTES = 8388608; // 8 MiB: far above a campaign feed, far below a memory problem.
	const META      = '_solidarity_widgets_feed';

	/** @var array<string, array|false> */
	private static $cache = array();

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
	 * The file behind a URL of this site's uploads folder, or '' for any other URL.
	 *
	 * @param string $url Absolute or root-relative URL.
	 */
	public static function path_for_url( $url ) {
		if ( ! is_string( $url ) || '' === $url ) {
			return '';
		}
		$uploads = wp_get_upload_dir();
		if ( ! empty( $uploads['error'] ) ) {
			return '';
		}
		$url  = strtok( $url, '?#' );
		$base = $uploads['baseurl'];
		$rel  = '';
		foreach ( array( $base, set_url_scheme( $base, 'http' ), set_url_scheme( $base, 'https' ), wp_make_link_relative( $base ) ) as $prefix ) {
			$prefix = trailingslashit( $prefix );
			if ( '/' !== $prefix && 0 === strpos( $url, $prefix ) ) {
				$rel = substr( $url, strlen( $prefix ) );
				break;
			}
		}
		if ( '' === $rel || ! preg_match( '/\.json$/iD', $rel ) ) {
			return '';
		}
		$path = realpath( trailingslashit( $uploads['basedir'] ) . rawurldecode( $rel ) );
		$root = realpath( $uploads['basedir'] );
		if ( ! $path || ! $root || 0 !== strpos( $path, trailingslashit( $root ) ) || ! is_file( $path ) ) {
			return '';
		}
		return $path;
	}

	/**
	 * Reads and decodes a feed file (as arrays). Null when it cannot be read or is not a JSON object.
	 *
	 * @param string $path File path.
	 * @return array|null
	 */
	public static function read_path( $path ) {
		if ( ! is_string( $path ) || '' === $path ) {
			return null;
		}
		$key = $path . '|' . ( @filemtime( $path ) ?: 0 ); // phpcs:ignore WordPress.PHP.NoSilencedErrors -- a missing file is an ordinary case.
		if ( ! array_key_exists( $key, self::$cache ) ) {
			self::$cache[ $key ] = false;
			$size                = @filesize( $path ); // phpcs:ignore WordPress.PHP.NoSilencedErrors
			if ( is_readable( $path ) && $size && $size <= self::MAX_BYTES ) {
				$text = file_get_contents( $path ); // phpcs:ignore WordPress.WP.AlternativeFunctions -- a local file, never a URL.
				if ( is_string( $text ) ) {
					if ( 0 === strncmp( $text, "\xEF\xBB\xBF", 3 ) ) {
						$text = substr( $text, 3 );
					}
					$json = json_decode( $text, true );
					if ( is_array( $json ) && ! wp_is_numeric_array( $json ) ) {
						self::$cache[ $key ] = $json;
					}
				}
			}
		}
		return self::$cache[ $key ] ? self::$cache[ $key ] : null;
	}

	/**
	 * The URL for the element's `src` and the decoded feed for the fallback.
	 *
	 * @param int    $feed_id Attachment id (0 for none).
	 * @param string $src     A URL given by the author ('' for none).
	 * @return array{src: string, feed: array|null}
	 */
	public static function resolve( $feed_id, $src ) {
		$feed_id = absint( $feed_id );
		if ( $feed_id && self::is_feed_attachment( $feed_id ) ) {
			return array(
				'src'  => self::attachment_url( $feed_id ),
				'feed' => self::read_path( (string) get_attached_file( $feed_id ) ),
			);
		}
		$src = is_string( $src ) ? trim( $src ) : '';
		return array(
			'src'  => $src,
			'feed' => '' === $src ? null : self::read_path( self::path_for_url( $src ) ),
		);
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
