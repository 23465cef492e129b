<?php
/**
 * Feed uploads are checked against the package's JSON Schema (includes/generated/feed.schema.json,
 * written by the build from schema/feed.schema.json) with the JSON Schema library bundled in
 * vendor/JsonSchema (justinrainbow/json-schema). The plugin keeps no rules of its own. Rules that a
 * schema cannot state (a quote's item must exist, ids unique) are left to the elements, which check
 * every feed they load.
 *
 * Works without WordPress (the plugin tests load it from php-cli).
 *
 * @package SolidarityWidgets
 */

if ( ! defined( 'ABSPATH' ) && ! defined( 'SOLIDARITY_WIDGETS_CLI' ) ) {
	exit;
}

/**
 * Schema validation of a feed text.
 */
final class Solidarity_Widgets_Feed_Schema {

	/** @var string|null The schema's text (decoded afresh for the library, which rewrites its references). */
	private static $text = null;

	/** @var object|null */
	private static $schema = null;

	/** Loads the bundled library's classes from vendor/JsonSchema. */
	public static function autoload( $class ) {
		if ( 0 === strpos( $class, 'JsonSchema\\' ) ) {
			$file = dirname( __DIR__ ) . '/vendor/JsonSchema/' . str_replace( '\\', '/', substr( $class, 11 ) ) . '.php';
			if ( is_readable( $file ) ) {
				require $file;
			}
		}
	}

	/** The schema node that describes the value at a JSON pointer of the feed, or null. */
	private static function node_at( $pointer ) {
		$node = self::$schema;
		foreach ( array_filter( explode( '/', (string) $pointer ), 'strlen' ) as $segment ) {
			$node = self::deref( $node );
			if ( ctype_digit( $segment ) && isset( $node->items ) ) {
				$node = $node->items;
			} elseif ( isset( $node->properties->$segment ) ) {
				$node = $node->properties->$segment;
			} else {
				return null;
			}
		}
		return self::deref( $node );
	}

	private static function deref( $node ) {
		while ( is_object( $node ) && isset( $node->{'$ref'} ) && 0 === strpos( $node->{'$ref'}, '#/$defs/' ) ) {
			$name = substr( $node->{'$ref'}, 8 );
			$node = isset( self::$schema->{'$defs'}->$name ) ? self::$schema->{'$defs'}->$name : null;
		}
		return $node;
	}

	/**
	 * Every problem the schema finds in a feed text, each with its JSON path (`$.items[0].url`), one per
	 * path. Empty when the feed is valid.
	 *
	 * @param string $text The file's content.
	 * @return array<int, array{path: string, message: string}>
	 */
	public static function validate_text( $text ) {
		if ( 0 === strncmp( (string) $text, "\xEF\xBB\xBF", 3 ) ) {
			$text = substr( $text, 3 ); // The elements' loader skips a UTF-8 byte order mark too.
		}
		$json = json_decode( (string) $text, false, 512 );
		if ( JSON_ERROR_NONE !== json_last_error() ) {
			return array( array( 'path' => '$', 'message' => 'is not valid JSON (' . json_last_error_msg() . ')' ) );
		}
		if ( null === self::$text ) {
			self::$text   = (string) file_get_contents( __DIR__ . '/generated/feed.schema.json' ); // phpcs:ignore WordPress.WP.AlternativeFunctions -- the plugin's own file.
			self::$schema = json_decode( self::$text );
		}
		$validator = new JsonSchema\Validator();
		$validator->validate( $json, json_decode( self::$text ) );
		$problems = array();
		foreach ( $validator->getErrors() as $e ) {
			$path = '' === $e['property'] ? '$' : '$' . ( '[' === $e['property'][0] ? '' : '.' ) . $e['property'];
			if ( isset( $problems[ $path ] ) ) {
				continue;
			}
			$node    = in_array( $e['constraint'], array( 'pattern', 'format' ), true ) ? self::node_at( $e['pointer'] ) : null;
			$message = isset( $node->description ) ? 'expected ' . $node->description : $e['message'];
			// The library names a missing property after its parent's path.
			if ( 'required' === $e['constraint'] ) {
				$message = 'is required';
			}
			$problems[ $path ] = array(
				'path'    => $path,
				'message' => $message,
			);
		}
		return array_values( $problems );
	}
}

spl_autoload_register( array( 'Solidarity_Widgets_Feed_Schema', 'autoload' ) );
