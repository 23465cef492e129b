<?php
/**
 * Feed uploads: `.json` files are allowed in the media library for users who can upload files, and
 * only when they are JSON and valid by the package's JSON Schema (class-feed-schema.php). A
 * refused upload gets a clear error where it was uploaded and an admin notice on the next screen.
 *
 * @package SolidarityWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * upload_mimes, upload checks, attachment metadata, admin notices.
 */
final class Solidarity_Widgets_Uploads {

	const NOTICE       = 'solidarity_widgets_upload_notice_';
	const MAX_PROBLEMS = 5;

	public static function hooks() {
		add_filter( 'upload_mimes', array( __CLASS__, 'mimes' ), 10, 2 );
		add_filter( 'wp_check_filetype_and_ext', array( __CLASS__, 'filetype' ), 10, 5 );
		add_filter( 'wp_handle_upload_prefilter', array( __CLASS__, 'check_upload' ) );
		add_filter( 'wp_handle_sideload_prefilter', array( __CLASS__, 'check_upload' ) );
		add_action( 'add_attachment', array( __CLASS__, 'remember' ) );
		add_action( 'admin_notices', array( __CLASS__, 'notice' ) );
	}

	private static function user_can_upload( $user = null ) {
		if ( $user instanceof WP_User ) {
			return user_can( $user, 'upload_files' );
		}
		if ( is_numeric( $user ) && (int) $user > 0 ) {
			return user_can( (int) $user, 'upload_files' );
		}
		return current_user_can( 'upload_files' );
	}

	/**
	 * upload_mimes: adds .json for users who can upload files.
	 *
	 * @param array               $mimes Allowed types.
	 * @param int|WP_User|null    $user  The user, when WordPress knows it.
	 */
	public static function mimes( $mimes, $user = null ) {
		if ( self::user_can_upload( $user ) ) {
			$mimes['json'] = Solidarity_Widgets_Feeds::MIME;
		}
		return $mimes;
	}

	/**
	 * wp_check_filetype_and_ext: libmagic reports JSON as text/plain or application/json; a .json
	 * file that decodes as JSON is application/json.
	 */
	public static function filetype( $data, $file, $filename, $mimes, $real_mime = null ) {
		if ( ! empty( $data['type'] ) || ! is_string( $filename ) || ! preg_match( '/\.json$/iD', $filename ) ) {
			return $data;
		}
		if ( ! is_array( $mimes ) || ! in_array( Solidarity_Widgets_Feeds::MIME, $mimes, true ) || ! self::user_can_upload() ) {
			return $data;
		}
		if ( ! in_array( $real_mime, array( null, false, '', 'text/plain', 'application/json' ), true ) ) {
			return $data;
		}
		if ( ! is_string( $file ) || ! is_readable( $file ) || filesize( $file ) > Solidarity_Widgets_Feeds::MAX_BYTES ) {
			return $data;
		}
		json_decode( (string) file_get_contents( $file ) ); // phpcs:ignore WordPress.WP.AlternativeFunctions -- the uploaded temporary file.
		if ( JSON_ERROR_NONE !== json_last_error() ) {
			return $data;
		}
		return array(
			'ext'             => 'json',
			'type'            => Solidarity_Widgets_Feeds::MIME,
			'proper_filename' => false,
		);
	}

	/** Problems as one line of text: the first few with their paths, then how many more. */
	public static function problems_text( array $problems ) {
		$lines = array();
		foreach ( array_slice( $problems, 0, self::MAX_PROBLEMS ) as $p ) {
			$lines[] = $p['path'] . ' ' . $p['message'];
		}
		$text = implode( '; ', $lines );
		$more = count( $problems ) - count( $lines );
		if ( $more > 0 ) {
			/* translators: %d: number of further problems. */
			$text .= ' ' . sprintf( _n( '(and %d more problem)', '(and %d more problems)', $more, 'solidarity-widgets' ), $more );
		}
		return $text;
	}

	/**
	 * wp_handle_upload_prefilter / wp_handle_sideload_prefilter: a .json upload must be a valid feed.
	 *
	 * @param array $file An item of $_FILES: name, tmp_name, size, error.
	 */
	public static function check_upload( $file ) {
		if ( ! is_array( $file ) || ! isset( $file['name'], $file['tmp_name'] ) || ! preg_match( '/\.json$/iD', (string) $file['name'] ) || ! empty( $file['error'] ) ) {
			return $file;
		}
		$name = sanitize_file_name( wp_basename( (string) $file['name'] ) );
		if ( ! self::user_can_upload() ) {
			$file['error'] = __( 'Sorry, you are not allowed to upload feeds.', 'solidarity-widgets' );
			return $file;
		}
		$size = is_readable( $file['tmp_name'] ) ? filesize( $file['tmp_name'] ) : false;
		if ( false === $size || $size > Solidarity_Widgets_Feeds::MAX_BYTES ) {
			$message = sprintf(
				/* translators: 1: file name, 2: size limit in MB. */
				__( '“%1$s” was not uploaded: a feed may be at most %2$d MB.', 'solidarity-widgets' ),
				$name,
				(int) ( Solidarity_Widgets_Feeds::MAX_BYTES / 1048576 )
			);
		} else {
			$problems = Solidarity_Widgets_Feed_Schema::validate_text( (string) file_get_contents( $file['tmp_name'] ) ); // phpcs:ignore WordPress.WP.AlternativeFunctions
			if ( ! $problems ) {
				return $file;
			}
			$message = sprintf(
				/* translators: 1: file name, 2: the problems found, each with its JSON path. */
				__( '“%1$s” was not uploaded: it is not a valid campaign feed. %2$s', 'solidarity-widgets' ),
				$name,
				self::problems_text( $problems )
			);
		}
		$file['error'] = $message;
		set_transient( self::NOTICE . get_current_user_id(), $message, 10 * MINUTE_IN_SECONDS );
		return $file;
	}

	/** add_attachment: records whether a JSON attachment is a valid feed, and what it holds. */
	public static function remember( $post_id ) {
		if ( get_post_mime_type( $post_id ) !== Solidarity_Widgets_Feeds::MIME ) {
			return;
		}
		$path     = (string) get_attached_file( $post_id );
		$text     = is_readable( $path ) && filesize( $path ) <= Solidarity_Widgets_Feeds::MAX_BYTES ? (string) file_get_contents( $path ) : ''; // phpcs:ignore WordPress.WP.AlternativeFunctions
		$problems = Solidarity_Widgets_Feed_Schema::validate_text( $text );
		$feed     = json_decode( $text, true );
		update_post_meta(
			$post_id,
			Solidarity_Widgets_Feeds::META,
			array(
				'valid'    => ! $problems,
				'counts'   => is_array( $feed ) ? Solidarity_Widgets_Feeds::counts( $feed ) : array(),
				'problems' => array_slice( $problems, 0, self::MAX_PROBLEMS ),
			)
		);
	}

	/** admin_notices: the last refused feed upload of this user, shown once. */
	public static function notice() {
		$key     = self::NOTICE . get_current_user_id();
		$message = get_transient( $key );
		if ( ! $message || ! current_user_can( 'upload_files' ) ) {
			return;
		}
		delete_transient( $key );
		echo '<div class="notice notice-error is-dismissible solidarity-widgets-notice"><p><strong>'
			. esc_html__( 'Solidarity Widgets:', 'solidarity-widgets' ) . '</strong> '
			. esc_html( $message ) . '</p></div>';
	}
}
