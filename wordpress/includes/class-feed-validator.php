<?php
/**
 * The feed contract, checked in PHP: a line-by-line port of `validateFeed()` in src/feed/validate.ts
 * (with src/feed/dates.ts and src/feed/urls.ts), so an upload is accepted by the same rules the
 * elements and the builder use. test/wordpress/validator-agreement.test.ts runs both on the same
 * valid and invalid feeds and compares every problem (path and message).
 *
 * Works without WordPress (the agreement test loads it from php-cli). Messages are the contract's own
 * English messages; callers translate the text around them.
 *
 * @package SolidarityWidgets
 */

if ( ! defined( 'ABSPATH' ) && ! defined( 'SOLIDARITY_WIDGETS_CLI' ) ) {
	exit;
}

/**
 * Checks a decoded feed (json_decode( $text ) without `true`: objects are stdClass, arrays are lists).
 */
final class Solidarity_Widgets_Feed_Validator {

	const MAX_TEXT           = 100000;
	const JSON_FEED_VERSION  = 'https://jsonfeed.org/version/1.1';
	const WAGE_ROLES         = array( 'minimum', 'offer', 'demand', 'living' );
	const WAGE_PERIODS       = array( 'hour', 'day', 'week', 'month', 'year' );
	const QUALIFIERS         = array( 'exact', 'at-least', 'about', 'more-than' );
	const INCIDENT_KINDS     = array( 'strike', 'protest', 'violence', 'killing', 'arrest', 'court', 'dismissal', 'migration', 'ban', 'other' );
	const ACTION_KINDS       = array( 'protest', 'rally', 'march', 'vigil', 'letter', 'statement', 'petition', 'strike', 'other' );
	const DOC_STATUS         = array( 'ok', 'warning', 'error' );
	const PRECISIONS         = array( 'year', 'month', 'day' );
	const ISO_4217           = '/^[A-Z]{3}$/D';
	const ISO_3166           = '/^[A-Z]{2}$/D';
	const COUNTRY_WHAT       = 'an ISO 3166-1 alpha-2 country code such as KH';
	const PARTIAL_DATE       = '/^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/D';
	const RFC3339            = '/^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:[Zz]|[+-](\d{2}):(\d{2}))$/D';
	/** What JavaScript's String.prototype.trim() removes. */
	const JS_SPACE = '\x{0009}-\x{000D}\x{0020}\x{00A0}\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000}\x{FEFF}';

	/** @var array<int, array{path: string, message: string}> */
	private $problems = array();

	/**
	 * Every problem of a decoded feed, each with its JSON path. Empty when the feed is valid. Never throws.
	 *
	 * @param mixed $json The value json_decode() returned (objects as stdClass).
	 * @return array<int, array{path: string, message: string}>
	 */
	public static function validate( $json ) {
		$c = new self();
		$c->check_feed( $json );
		return $c->problems;
	}

	/**
	 * Decodes JSON text and validates it. A text that is not JSON gives one problem at `$`.
	 *
	 * @param string $text The file's content.
	 * @return array<int, array{path: string, message: string}>
	 */
	public static function validate_text( $text ) {
		if ( ! is_string( $text ) ) {
			return array( array( 'path' => '$', 'message' => 'is not JSON text' ) );
		}
		// A UTF-8 byte order mark is allowed by the elements' loader (fetch().json() skips it).
		if ( 0 === strncmp( $text, "\xEF\xBB\xBF", 3 ) ) {
			$text = substr( $text, 3 );
		}
		$json = json_decode( $text, false, 512 );
		if ( JSON_ERROR_NONE !== json_last_error() ) {
			return array(
				array(
					'path'    => '$',
					'message' => 'is not valid JSON (' . json_last_error_msg() . ')',
				),
			);
		}
		return self::validate( $json );
	}

	// ----- helpers mirroring validate.ts -----

	private static function is_obj( $v ) {
		return $v instanceof stdClass;
	}

	private static function has( $o, $key ) {
		return property_exists( $o, $key );
	}

	private static function get( $o, $key ) {
		return property_exists( $o, $key ) ? $o->$key : null;
	}

	private static function is_num( $v ) {
		return is_int( $v ) || is_float( $v );
	}

	private static function is_finite_num( $v ) {
		return is_int( $v ) || ( is_float( $v ) && is_finite( $v ) );
	}

	private static function is_integer_num( $v ) {
		return is_int( $v ) || ( is_float( $v ) && is_finite( $v ) && floor( $v ) === $v );
	}

	/** Length in UTF-16 code units, as JavaScript counts it. */
	private static function js_length( $s ) {
		if ( ! preg_match( '/[\x80-\xFF]/', $s ) ) {
			return strlen( $s );
		}
		$points = preg_match_all( '/./su', $s );
		if ( false === $points ) {
			return strlen( $s );
		}
		$astral = preg_match_all( '/[\x{10000}-\x{10FFFF}]/u', $s );
		return $points + (int) $astral;
	}

	/** The first $n UTF-16 code units of $s (never splits a code point). */
	private static function js_slice( $s, $n ) {
		$out   = '';
		$units = 0;
		if ( ! preg_match_all( '/./su', $s, $m ) ) {
			return substr( $s, 0, $n );
		}
		foreach ( $m[0] as $ch ) {
			$w = strlen( $ch ) === 4 ? 2 : 1;
			if ( $units + $w > $n ) {
				break;
			}
			$out   .= $ch;
			$units += $w;
		}
		return $out;
	}

	private static function js_trim_empty( $s ) {
		return '' === preg_replace( '/^[' . self::JS_SPACE . ']+|[' . self::JS_SPACE . ']+$/u', '', $s );
	}

	/** JSON.stringify of a string, as JavaScript writes it. */
	private static function js_stringify( $s ) {
		$out = json_encode( $s, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_LINE_TERMINATORS | JSON_INVALID_UTF8_SUBSTITUTE );
		return false === $out ? '""' : $out;
	}

	private static function show( $v ) {
		if ( is_string( $v ) ) {
			$s = self::js_stringify( $v );
		} elseif ( is_array( $v ) ) {
			$s = 'an array';
		} elseif ( null === $v ) {
			$s = 'null';
		} elseif ( is_bool( $v ) ) {
			$s = 'boolean';
		} elseif ( self::is_num( $v ) ) {
			$s = 'number';
		} else {
			$s = 'object';
		}
		return self::js_length( $s ) > 60 ? self::js_slice( $s, 57 ) . '…' : $s;
	}

	private function add( $path, $message ) {
		$this->problems[] = array(
			'path'    => $path,
			'message' => $message,
		);
	}

	private function string( $o, $key, $path, $required = false ) {
		if ( ! self::has( $o, $key ) ) {
			if ( $required ) {
				$this->add( "$path.$key", 'is required (a string)' );
			}
			return ! $required;
		}
		$v = $o->$key;
		if ( ! is_string( $v ) ) {
			$this->add( "$path.$key", 'expected a string, got ' . self::show( $v ) );
			return false;
		}
		if ( $required && self::js_trim_empty( $v ) ) {
			$this->add( "$path.$key", 'must not be empty' );
			return false;
		}
		if ( strlen( $v ) > self::MAX_TEXT && self::js_length( $v ) > self::MAX_TEXT ) {
			$this->add( "$path.$key", 'is longer than ' . self::MAX_TEXT . ' characters' );
			return false;
		}
		return true;
	}

	private function one_of( $o, $key, $path, array $allowed, $required = false ) {
		$list = implode( ', ', $allowed );
		if ( ! self::has( $o, $key ) ) {
			if ( $required ) {
				$this->add( "$path.$key", "is required (one of $list)" );
			}
			return;
		}
		$v = $o->$key;
		if ( ! is_string( $v ) || ! in_array( $v, $allowed, true ) ) {
			$this->add( "$path.$key", "expected one of $list, got " . self::show( $v ) );
		}
	}

	private function pattern( $o, $key, $path, $re, $what, $required = false ) {
		if ( ! self::has( $o, $key ) ) {
			if ( $required ) {
				$this->add( "$path.$key", "is required ($what)" );
			}
			return;
		}
		$v = $o->$key;
		if ( ! is_string( $v ) || ! preg_match( $re, $v ) ) {
			$this->add( "$path.$key", "expected $what, got " . self::show( $v ) );
		}
	}

	private function url( $o, $key, $path ) {
		if ( ! self::has( $o, $key ) ) {
			return;
		}
		$v = $o->$key;
		if ( ! self::is_http_url( $v ) ) {
			$this->add( "$path.$key", 'expected an absolute http: or https: URL, got ' . self::show( $v ) );
		}
	}

	private function partial_date( $o, $key, $path, $required = false ) {
		if ( ! self::has( $o, $key ) ) {
			if ( $required ) {
				$this->add( "$path.$key", 'is required (an ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD)' );
			}
			return;
		}
		$v = $o->$key;
		if ( ! self::is_partial_date( $v ) ) {
			$this->add( "$path.$key", 'expected an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD), got ' . self::show( $v ) );
		}
	}

	private function date_time( $o, $key, $path, $required = false ) {
		if ( ! self::has( $o, $key ) ) {
			if ( $required ) {
				$this->add( "$path.$key", 'is required (an RFC 3339 date-time)' );
			}
			return;
		}
		$v = $o->$key;
		if ( ! self::is_rfc3339( $v ) ) {
			$this->add( "$path.$key", 'expected an RFC 3339 date-time such as 2014-01-03T00:00:00Z, got ' . self::show( $v ) );
		}
	}

	private function string_array( $o, $key, $path ) {
		if ( ! self::has( $o, $key ) ) {
			return;
		}
		$v = $o->$key;
		if ( ! is_array( $v ) ) {
			$this->add( "$path.$key", 'expected an array of strings, got ' . self::show( $v ) );
			return;
		}
		foreach ( $v as $i => $s ) {
			if ( ! is_string( $s ) ) {
				$this->add( "$path.{$key}[$i]", 'expected a string, got ' . self::show( $s ) );
			}
		}
	}

	private function count( $o, $key, $path ) {
		if ( ! self::has( $o, $key ) ) {
			return;
		}
		$v = $o->$key;
		$p = "$path.$key";
		if ( ! self::is_obj( $v ) ) {
			$this->add( $p, 'expected { value, qualifier }, got ' . self::show( $v ) );
			return;
		}
		$value = self::get( $v, 'value' );
		if ( ! self::is_integer_num( $value ) || $value < 0 ) {
			$this->add( "$p.value", 'expected a whole number ≥ 0, got ' . ( self::has( $v, 'value' ) ? self::show( $value ) : 'undefined' ) );
		}
		$this->one_of( $v, 'qualifier', $p, self::QUALIFIERS, true );
	}

	private function place( $v, $p ) {
		if ( ! self::is_obj( $v ) ) {
			$this->add( $p, 'expected a place { name, country, lat, lon }, got ' . self::show( $v ) );
			return;
		}
		$this->string( $v, 'name', $p, true );
		$this->pattern( $v, 'country', $p, self::ISO_3166, self::COUNTRY_WHAT );
		foreach ( array(
			'lat' => 90,
			'lon' => 180,
		) as $k => $lim ) {
			if ( ! self::has( $v, $k ) ) {
				continue;
			}
			$n = $v->$k;
			if ( ! self::is_finite_num( $n ) || abs( $n ) > $lim ) {
				$this->add( "$p.$k", "expected a number between -$lim and $lim, got " . self::show( $n ) );
			}
		}
		if ( self::has( $v, 'lat' ) !== self::has( $v, 'lon' ) ) {
			$this->add( $p, 'lat and lon must be given together' );
		}
	}

	private function sources( $o, $path, array $item_ids ) {
		$p = "$path.sources";
		if ( ! self::has( $o, 'sources' ) ) {
			$this->add( $p, 'is required (a list of { item, quote })' );
			return;
		}
		$v = $o->sources;
		if ( ! is_array( $v ) ) {
			$this->add( $p, 'expected an array of { item, quote }, got ' . self::show( $v ) );
			return;
		}
		foreach ( $v as $i => $s ) {
			$sp = "{$p}[$i]";
			if ( ! self::is_obj( $s ) ) {
				$this->add( $sp, 'expected { item, quote }, got ' . self::show( $s ) );
				continue;
			}
			if ( $this->string( $s, 'item', $sp, true ) && is_string( self::get( $s, 'item' ) ) && ! isset( $item_ids[ 'k' . $s->item ] ) ) {
				$this->add( "$sp.item", 'no item has the id ' . self::show( $s->item ) );
			}
			$this->string( $s, 'quote', $sp, true );
		}
	}

	/** Ids in one list are strings and unique. $seen is keyed by 'k' . id. */
	private function id( $o, $path, array &$seen ) {
		if ( ! $this->string( $o, 'id', $path, true ) ) {
			return;
		}
		$id = $o->id;
		if ( isset( $seen[ 'k' . $id ] ) ) {
			$this->add( "$path.id", 'duplicate id ' . self::show( $id ) );
		}
		$seen[ 'k' . $id ] = true;
	}

	private function each_in_list( $parent, $key, $path, callable $each ) {
		if ( ! self::has( $parent, $key ) ) {
			return;
		}
		$v = $parent->$key;
		if ( ! is_array( $v ) ) {
			$this->add( "$path.$key", 'expected an array, got ' . self::show( $v ) );
			return;
		}
		foreach ( $v as $i => $entry ) {
			$p = "$path.{$key}[$i]";
			if ( ! self::is_obj( $entry ) ) {
				$this->add( $p, 'expected an object, got ' . self::show( $entry ) );
				continue;
			}
			$each( $entry, $p );
		}
	}

	private function check_feed( $json ) {
		if ( ! self::is_obj( $json ) ) {
			$this->add( '$', 'expected a JSON Feed object, got ' . self::show( $json ) );
			return;
		}
		if ( ! self::has( $json, 'version' ) ) {
			$this->add( '$.version', 'is required (https://jsonfeed.org/version/1.1)' );
		} elseif ( ! is_string( $json->version ) || ! preg_match( '/^https:\/\/jsonfeed\.org\/version\/1(\.1)?$/D', $json->version ) ) {
			$this->add( '$.version', 'expected https://jsonfeed.org/version/1.1, got ' . self::show( $json->version ) );
		}
		$this->string( $json, 'title', '$', true );
		$this->url( $json, 'home_page_url', '$' );
		$this->url( $json, 'feed_url', '$' );
		$this->string( $json, 'description', '$' );
		$this->string( $json, 'language', '$' );

		$item_ids = array();
		if ( ! self::has( $json, 'items' ) ) {
			$this->add( '$.items', 'is required (an array of items)' );
		} elseif ( ! is_array( $json->items ) ) {
			$this->add( '$.items', 'expected an array, got ' . self::show( $json->items ) );
		}
		$this->each_in_list(
			$json,
			'items',
			'$',
			function ( $item, $p ) use ( &$item_ids ) {
				$this->id( $item, $p, $item_ids );
				foreach ( array( 'title', 'summary', 'content_text', 'language' ) as $k ) {
					$this->string( $item, $k, $p );
				}
				$this->url( $item, 'url', $p );
				$this->date_time( $item, 'date_published', $p );
				$this->date_time( $item, 'date_modified', $p );
				$this->string_array( $item, 'tags', $p );
				$this->each_in_list(
					$item,
					'authors',
					$p,
					function ( $a, $ap ) {
						$this->string( $a, 'name', $ap, true );
						$this->url( $a, 'url', $ap );
					}
				);
				if ( self::has( $item, '_source' ) ) {
					$src = $item->_source;
					$sp  = "$p._source";
					if ( ! self::is_obj( $src ) ) {
						$this->add( $sp, 'expected { file, publisher, date_precision }, got ' . self::show( $src ) );
					} else {
						$this->string( $src, 'file', $sp, true );
						$this->string( $src, 'publisher', $sp );
						$this->one_of( $src, 'date_precision', $sp, self::PRECISIONS );
					}
				}
			}
		);

		if ( ! self::has( $json, '_campaign' ) ) {
			return;
		}
		$camp = $json->_campaign;
		$cp   = '$._campaign';
		if ( ! self::is_obj( $camp ) ) {
			$this->add( $cp, 'expected an object, got ' . self::show( $camp ) );
			return;
		}
		$schema = self::get( $camp, 'schema' );
		if ( ! ( self::is_num( $schema ) && 1 == $schema ) ) { // phpcs:ignore Universal.Operators.StrictComparisons -- 1 and 1.0 are the same JSON number.
			$this->add( "$cp.schema", 'expected 1, got ' . ( self::has( $camp, 'schema' ) ? self::show( $schema ) : 'undefined' ) );
		}
		$this->date_time( $camp, 'generated', $cp, true );
		$this->pattern( $camp, 'country', $cp, self::ISO_3166, self::COUNTRY_WHAT );

		$wage_ids = array();
		$this->each_in_list(
			$camp,
			'wages',
			$cp,
			function ( $w, $p ) use ( &$wage_ids, &$item_ids ) {
				$this->id( $w, $p, $wage_ids );
				$amount = self::get( $w, 'amount' );
				if ( ! self::is_finite_num( $amount ) || $amount <= 0 ) {
					$this->add( "$p.amount", 'expected a positive number, got ' . ( self::has( $w, 'amount' ) ? self::show( $amount ) : 'undefined' ) );
				}
				$this->pattern( $w, 'currency', $p, self::ISO_4217, 'an ISO 4217 currency code such as USD', true );
				$this->one_of( $w, 'period', $p, self::WAGE_PERIODS, true );
				$this->one_of( $w, 'role', $p, self::WAGE_ROLES, true );
				$this->pattern( $w, 'country', $p, self::ISO_3166, self::COUNTRY_WHAT );
				$this->string( $w, 'sector', $p );
				$this->partial_date( $w, 'effective', $p );
				$this->sources( $w, $p, $item_ids );
			}
		);

		$incident_ids = array();
		$this->each_in_list(
			$camp,
			'incidents',
			$cp,
			function ( $e, $p ) use ( &$incident_ids, &$item_ids ) {
				$this->id( $e, $p, $incident_ids );
				$this->partial_date( $e, 'date', $p, true );
				$this->partial_date( $e, 'end', $p );
				$this->one_of( $e, 'kind', $p, self::INCIDENT_KINDS, true );
				$this->string( $e, 'title', $p, true );
				$this->string( $e, 'description', $p );
				foreach ( array( 'deaths', 'injured', 'arrested', 'participants' ) as $k ) {
					$this->count( $e, $k, $p );
				}
				if ( self::has( $e, 'place' ) ) {
					$this->place( $e->place, "$p.place" );
				}
				$this->sources( $e, $p, $item_ids );
			}
		);

		$action_ids = array();
		$this->each_in_list(
			$camp,
			'actions',
			$cp,
			function ( $a, $p ) use ( &$action_ids, &$item_ids ) {
				$this->id( $a, $p, $action_ids );
				$this->partial_date( $a, 'date', $p, true );
				$this->partial_date( $a, 'end', $p );
				$this->one_of( $a, 'kind', $p, self::ACTION_KINDS, true );
				$this->string( $a, 'title', $p, true );
				$this->string( $a, 'description', $p );
				if ( self::has( $a, 'place' ) ) {
					$this->place( $a->place, "$p.place" );
				}
				if ( self::has( $a, 'route' ) ) {
					if ( ! is_array( $a->route ) ) {
						$this->add( "$p.route", 'expected an array of places, got ' . self::show( $a->route ) );
					} else {
						foreach ( $a->route as $i => $pl ) {
							$this->place( $pl, "$p.route[$i]" );
						}
					}
				}
				$this->count( $a, 'participants', $p );
				$this->string_array( $a, 'organisers', $p );
				$this->sources( $a, $p, $item_ids );
			}
		);

		$this->each_in_list(
			$camp,
			'rates',
			$cp,
			function ( $r, $p ) {
				$this->pattern( $r, 'from', $p, self::ISO_4217, 'an ISO 4217 currency code', true );
				$this->pattern( $r, 'to', $p, self::ISO_4217, 'an ISO 4217 currency code', true );
				$rate = self::get( $r, 'rate' );
				if ( ! self::is_finite_num( $rate ) || $rate <= 0 ) {
					$this->add( "$p.rate", 'expected a positive number, got ' . ( self::has( $r, 'rate' ) ? self::show( $rate ) : 'undefined' ) );
				}
				$this->partial_date( $r, 'date', $p, true );
				$this->string( $r, 'source', $p );
			}
		);

		$this->each_in_list(
			$camp,
			'documents',
			$cp,
			function ( $d, $p ) {
				$this->string( $d, 'file', $p, true );
				$this->one_of( $d, 'status', $p, self::DOC_STATUS, true );
				$this->string_array( $d, 'messages', $p );
			}
		);
	}

	// ----- dates.ts -----

	/** Days check as dates.ts does it, with JavaScript's Date.UTC mapping years 0–99 to 1900–1999. */
	private static function valid_day( $y, $m, $d ) {
		if ( $m < 1 || $m > 12 || $d < 1 ) {
			return false;
		}
		if ( $y >= 0 && $y <= 99 ) {
			$y += 1900;
		}
		$leap = ( 0 === $y % 4 && 0 !== $y % 100 ) || 0 === $y % 400;
		$days = array( 31, $leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 );
		return $d <= $days[ $m - 1 ];
	}

	/** `2014`, `2014-01` or `2014-01-03`, a real calendar date. */
	public static function is_partial_date( $value ) {
		if ( ! is_string( $value ) || ! preg_match( self::PARTIAL_DATE, $value, $m ) ) {
			return false;
		}
		if ( ! isset( $m[2] ) || '' === $m[2] ) {
			return true;
		}
		$mo = (int) $m[2];
		if ( $mo < 1 || $mo > 12 ) {
			return false;
		}
		if ( ! isset( $m[3] ) || '' === $m[3] ) {
			return true;
		}
		return self::valid_day( (int) $m[1], $mo, (int) $m[3] );
	}

	/** RFC 3339 date-time. */
	public static function is_rfc3339( $value ) {
		if ( ! is_string( $value ) || ! preg_match( self::RFC3339, $value, $m ) ) {
			return false;
		}
		list( , $y, $mo, $d, $h, $mi, $s ) = array_map( 'intval', array_slice( $m, 0, 7 ) );
		if ( ! self::valid_day( $y, $mo, $d ) || $h > 23 || $mi > 59 || $s > 60 ) {
			return false;
		}
		if ( isset( $m[7] ) && '' !== $m[7] && ( (int) $m[7] > 23 || (int) $m[8] > 59 ) ) {
			return false;
		}
		return true;
	}

	// ----- urls.ts -----

	/**
	 * True for absolute http: and https: URLs, as `isHttpUrl()` decides with the WHATWG URL parser:
	 * the scheme, any slashes, an optional user, then a non-empty valid host and an optional port.
	 */
	public static function is_http_url( $value ) {
		if ( ! is_string( $value ) || self::js_length( $value ) > 2048 ) {
			return false;
		}
		if ( preg_match( '/[\x00-\x1f\x7f]/', $value ) ) {
			return false;
		}
		$value = trim( $value, ' ' );
		if ( ! preg_match( '/^([A-Za-z][A-Za-z0-9+.\-]*):(.*)$/sD', $value, $m ) ) {
			return false;
		}
		$scheme = strtolower( $m[1] );
		if ( 'http' !== $scheme && 'https' !== $scheme ) {
			return false;
		}
		$rest      = ltrim( $m[2], '/\\' );
		$end       = strcspn( $rest, '/\\?#' );
		$authority = substr( $rest, 0, $end );
		$at        = strrpos( $authority, '@' );
		if ( false !== $at ) {
			$authority = substr( $authority, $at + 1 );
		}
		if ( '' !== $authority && '[' === $authority[0] ) {
			$close = strpos( $authority, ']' );
			if ( false === $close ) {
				return false;
			}
			$host = substr( $authority, 1, $close - 1 );
			$tail = substr( $authority, $close + 1 );
			if ( '' !== $tail && ! preg_match( '/^:\d*$/D', $tail ) ) {
				return false;
			}
			if ( '' !== $tail && strlen( $tail ) > 1 && (int) substr( $tail, 1 ) > 65535 ) {
				return false;
			}
			return false !== filter_var( $host, FILTER_VALIDATE_IP, FILTER_FLAG_IPV6 );
		}
		$colon = strpos( $authority, ':' );
		$host  = false === $colon ? $authority : substr( $authority, 0, $colon );
		if ( false !== $colon ) {
			$port = substr( $authority, $colon + 1 );
			if ( ! preg_match( '/^\d*$/D', $port ) || ( '' !== $port && (int) ltrim( $port, '0' ) > 65535 ) || strlen( ltrim( $port, '0' ) ) > 5 ) {
				return false;
			}
		}
		if ( '' === $host ) {
			return false;
		}
		$host = rawurldecode( $host );
		// Forbidden domain code points (after percent-decoding): controls, space and URL delimiters.
		if ( preg_match( '/[\x00-\x20\x7f#%\/:<>?@\[\\\\\]^|]/', $host ) ) {
			return false;
		}
		if ( preg_match( '/[\x80-\xff]/', $host ) ) {
			if ( ! preg_match( '//u', $host ) ) {
				return false;
			}
			if ( function_exists( 'idn_to_ascii' ) ) {
				$ascii = idn_to_ascii( $host, IDNA_NONTRANSITIONAL_TO_ASCII, INTL_IDNA_VARIANT_UTS46 );
				if ( false === $ascii || '' === $ascii ) {
					return false;
				}
				$host = $ascii;
			}
		}
		return self::host_number_ok( strtolower( $host ) );
	}

	/** A host whose last label is a number is an IPv4 address and must parse as one. */
	private static function host_number_ok( $host ) {
		$parts = explode( '.', $host );
		if ( count( $parts ) > 1 && '' === end( $parts ) ) {
			array_pop( $parts );
		}
		$last = end( $parts );
		if ( '' === $last || ! preg_match( '/^(\d+|0[xX][0-9a-fA-F]*)$/D', $last ) ) {
			return true;
		}
		if ( count( $parts ) > 4 ) {
			return false;
		}
		$numbers = array();
		foreach ( $parts as $part ) {
			if ( '' === $part ) {
				return false;
			}
			if ( preg_match( '/^0[xX]([0-9a-fA-F]*)$/D', $part, $hm ) ) {
				$n = '' === $hm[1] ? 0.0 : (float) hexdec( $hm[1] );
			} elseif ( preg_match( '/^0([0-7]+)$/D', $part, $om ) ) {
				$n = (float) octdec( $om[1] );
			} elseif ( preg_match( '/^\d+$/D', $part ) ) {
				if ( strlen( $part ) > 1 && '0' === $part[0] ) {
					return false;
				}
				$n = (float) $part;
			} else {
				return false;
			}
			$numbers[] = $n;
		}
		$last_n = array_pop( $numbers );
		foreach ( $numbers as $n ) {
			if ( $n > 255 ) {
				return false;
			}
		}
		return $last_n < pow( 256, 5 - count( $parts ) );
	}
}
