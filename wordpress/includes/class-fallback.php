<?php
/**
 * The light-DOM fallback, rendered on the server from the feed: what visitors without JavaScript,
 * readers of a feed reader and search engines read, and what stays in the post when the plugin is
 * deactivated. The same content as the studio's no-JS snippet: a list of releases, a table of
 * incidents or of actions, the wage figures as text. Every value from the feed is escaped; links are
 * written only for http: and https: URLs.
 *
 * @package SolidarityWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Fallback markup per element.
 */
final class Solidarity_Widgets_Fallback {

	const SUMMARY_CHARS = 300;

	/**
	 * Fallback markup of one element for a decoded feed.
	 *
	 * @param string     $tag   Element tag.
	 * @param array|null $feed  Decoded feed (arrays), or null when the server cannot read it.
	 * @param array      $attrs The element's sanitized attributes (filters such as `tag` or `country`).
	 * @param string     $lang  The block's language ('' = the page's).
	 * @return string HTML
	 */
	public static function render( $tag, $feed, array $attrs, $lang ) {
		if ( ! is_array( $feed ) ) {
			return '';
		}
		switch ( $tag ) {
			case 'press-release-list':
				$html = self::releases( $feed, $attrs, $lang );
				break;
			case 'wage-gap-gauge':
				$html = self::wages( $feed, $attrs, $lang );
				break;
			case 'incident-timeline':
				$html = self::incidents( $feed, $attrs, $lang );
				break;
			case 'action-map':
				$html = self::actions( $feed, $attrs, $lang );
				break;
			default:
				$html = '';
		}
		if ( '' === $html ) {
			$html = '<p class="sw-fallback sw-fallback-empty">' . esc_html( Solidarity_Widgets_I18n::t( 'Nothing to show yet.', $lang ) ) . '</p>';
		}
		return $html;
	}

	// ----- values -----

	private static function str( $a, $key ) {
		return is_array( $a ) && isset( $a[ $key ] ) && is_string( $a[ $key ] ) ? $a[ $key ] : '';
	}

	private static function arr( $a, $key ) {
		return is_array( $a ) && isset( $a[ $key ] ) && is_array( $a[ $key ] ) ? $a[ $key ] : array();
	}

	private static function num( $a, $key ) {
		return is_array( $a ) && isset( $a[ $key ] ) && ( is_int( $a[ $key ] ) || is_float( $a[ $key ] ) ) && is_finite( $a[ $key ] ) ? $a[ $key ] : null;
	}

	/** A sort key for partial dates: `2014` < `2014-01` < `2014-01-03` < `2014-02`. */
	private static function sort_key( $date ) {
		$date = (string) $date;
		return 4 === strlen( $date ) ? $date . '-00-00' : ( 7 === strlen( $date ) ? $date . '-00' : substr( $date, 0, 10 ) );
	}

	/** Text shortened to $max characters at a word boundary, with an ellipsis. */
	private static function shorten( $text, $max ) {
		$text = trim( preg_replace( '/\s+/u', ' ', $text ) );
		if ( mb_strlen( $text ) <= $max ) {
			return $text;
		}
		$cut   = mb_substr( $text, 0, $max );
		$space = mb_strrpos( $cut, ' ' );
		if ( false !== $space && $space > $max * 0.6 ) {
			$cut = mb_substr( $cut, 0, $space );
		}
		return rtrim( $cut, " ,.;:" ) . '…';
	}

	private static function number( $n, $lang ) {
		$decimals = is_float( $n ) && floor( $n ) !== $n ? 2 : 0;
		$text     = number_format( (float) $n, $decimals, '.', ',' );
		if ( $decimals ) {
			$text = rtrim( rtrim( $text, '0' ), '.' );
		}
		return Solidarity_Widgets_I18n::digits( $text, $lang );
	}

	/** `2014` → "2014", `2014-01` → "January 2014", `2014-01-03` → "3 January 2014". '' when invalid. */
	public static function format_date( $date, $lang ) {
		if ( ! Solidarity_Widgets_Feed_Validator::is_partial_date( $date ) ) {
			return '';
		}
		$parts = array_map( 'intval', explode( '-', $date ) );
		if ( 1 === count( $parts ) ) {
			return Solidarity_Widgets_I18n::digits( (string) $parts[0], $lang );
		}
		$month = self::month( $parts[1], $lang );
		/* translators: 1: month name, 2: year. */
		$text = 2 === count( $parts ) ? sprintf( Solidarity_Widgets_I18n::t( '%1$s %2$s', $lang, 'month year' ), $month, $parts[0] )
			/* translators: 1: day of the month, 2: month name, 3: year. */
			: sprintf( Solidarity_Widgets_I18n::t( '%1$s %2$s %3$s', $lang, 'day month year' ), $parts[2], $month, $parts[0] );
		return Solidarity_Widgets_I18n::digits( $text, $lang );
	}

	private static function month( $m, $lang ) {
		$t      = array( 'Solidarity_Widgets_I18n', 't' );
		$months = array(
			1  => $t( 'January', $lang, 'month name' ),
			2  => $t( 'February', $lang, 'month name' ),
			3  => $t( 'March', $lang, 'month name' ),
			4  => $t( 'April', $lang, 'month name' ),
			5  => $t( 'May', $lang, 'month name' ),
			6  => $t( 'June', $lang, 'month name' ),
			7  => $t( 'July', $lang, 'month name' ),
			8  => $t( 'August', $lang, 'month name' ),
			9  => $t( 'September', $lang, 'month name' ),
			10 => $t( 'October', $lang, 'month name' ),
			11 => $t( 'November', $lang, 'month name' ),
			12 => $t( 'December', $lang, 'month name' ),
		);
		return $months[ $m ];
	}

	/** `<time>` for a partial date or a range; '' when the date is not valid. */
	private static function time_html( $date, $end, $lang ) {
		$text = self::format_date( $date, $lang );
		if ( '' === $text ) {
			return '';
		}
		$html    = '<time datetime="' . esc_attr( $date ) . '">' . esc_html( $text ) . '</time>';
		$end_txt = '' === $end ? '' : self::format_date( $end, $lang );
		if ( '' !== $end_txt ) {
			$html .= ' – <time datetime="' . esc_attr( $end ) . '">' . esc_html( $end_txt ) . '</time>';
		}
		return $html;
	}

	/** A link when $url is http(s), else the escaped text alone. */
	private static function link( $text_html, $url ) {
		if ( '' === $url || ! Solidarity_Widgets_Feed_Validator::is_http_url( $url ) ) {
			return $text_html;
		}
		$href = esc_url( trim( $url ), array( 'http', 'https' ) );
		return '' === $href ? $text_html : '<a href="' . $href . '">' . $text_html . '</a>';
	}

	/** "at least 4", "about 50", "more than 40", "23". */
	private static function count_text( $count, $lang ) {
		$value = self::num( $count, 'value' );
		if ( null === $value ) {
			return '';
		}
		$n = self::number( $value, $lang );
		switch ( self::str( $count, 'qualifier' ) ) {
			case 'at-least':
				/* translators: %s: a number. */
				return sprintf( Solidarity_Widgets_I18n::t( 'at least %s', $lang ), $n );
			case 'about':
				/* translators: %s: a number. */
				return sprintf( Solidarity_Widgets_I18n::t( 'about %s', $lang ), $n );
			case 'more-than':
				/* translators: %s: a number. */
				return sprintf( Solidarity_Widgets_I18n::t( 'more than %s', $lang ), $n );
			default:
				return $n;
		}
	}

	private static function place_text( $place ) {
		$name    = self::str( $place, 'name' );
		$country = self::str( $place, 'country' );
		if ( '' === $name ) {
			return $country;
		}
		return '' === $country ? $name : $name . ' (' . $country . ')';
	}

	// ----- press-release-list -----

	private static function releases( array $feed, array $attrs, $lang ) {
		$items = array();
		foreach ( self::arr( $feed, 'items' ) as $item ) {
			if ( ! is_array( $item ) ) {
				continue;
			}
			$tags = array_filter( self::arr( $item, 'tags' ), 'is_string' );
			if ( ! empty( $attrs['tag'] ) && ! in_array( (string) $attrs['tag'], $tags, true ) ) {
				continue;
			}
			$source = self::arr( $item, '_source' );
			if ( ! empty( $attrs['publisher'] ) && self::str( $source, 'publisher' ) !== (string) $attrs['publisher'] ) {
				continue;
			}
			$items[] = $item;
		}
		usort(
			$items,
			function ( $a, $b ) {
				return strcmp( self::str( $b, 'date_published' ), self::str( $a, 'date_published' ) );
			}
		);
		if ( isset( $attrs['limit'] ) && is_numeric( $attrs['limit'] ) && (int) $attrs['limit'] > 0 ) {
			$items = array_slice( $items, 0, (int) $attrs['limit'] );
		}
		if ( ! $items ) {
			return '';
		}
		$html = '<ul class="sw-fallback sw-fallback-releases">';
		foreach ( $items as $item ) {
			$title   = self::str( $item, 'title' );
			$summary = self::str( $item, 'summary' );
			if ( '' === $summary ) {
				$summary = self::shorten( self::str( $item, 'content_text' ), self::SUMMARY_CHARS );
			}
			if ( '' === $title ) {
				$title = self::shorten( '' !== $summary ? $summary : self::str( $item, 'id' ), 80 );
			}
			$source    = self::arr( $item, '_source' );
			$published = self::str( $item, 'date_published' );
			$precision = self::str( $source, 'date_precision' );
			$date      = '';
			if ( Solidarity_Widgets_Feed_Validator::is_rfc3339( $published ) ) {
				$date = 'year' === $precision ? substr( $published, 0, 4 ) : ( 'month' === $precision ? substr( $published, 0, 7 ) : substr( $published, 0, 10 ) );
			}
			$meta = array();
			if ( '' !== $date ) {
				$meta[] = self::time_html( $date, '', $lang );
			}
			$publisher = self::str( $source, 'publisher' );
			if ( '' !== $publisher ) {
				$meta[] = esc_html( $publisher );
			}
			$html .= '<li><p><strong>' . self::link( esc_html( $title ), self::str( $item, 'url' ) ) . '</strong>';
			if ( $meta ) {
				$html .= '<br><small>' . implode( ' · ', $meta ) . '</small>';
			}
			$html .= '</p>';
			if ( '' !== $summary ) {
				$html .= '<p>' . esc_html( $summary ) . '</p>';
			}
			$html .= '</li>';
		}
		return $html . '</ul>';
	}

	// ----- wage-gap-gauge -----

	private static function role_label( $role, $lang ) {
		switch ( $role ) {
			case 'minimum':
				return Solidarity_Widgets_I18n::t( 'Legal minimum wage', $lang );
			case 'offer':
				return Solidarity_Widgets_I18n::t( 'Offer by the government or employers', $lang );
			case 'demand':
				return Solidarity_Widgets_I18n::t( 'Workers\' demand', $lang );
			case 'living':
				return Solidarity_Widgets_I18n::t( 'Living wage estimate', $lang );
		}
		return '';
	}

	private static function money( $wage, $lang ) {
		$amount = self::number( self::num( $wage, 'amount' ), $lang );
		$cur    = self::str( $wage, 'currency' );
		/* translators: 1: amount, 2: ISO 4217 currency code such as USD. */
		$money = sprintf( Solidarity_Widgets_I18n::t( '%1$s %2$s', $lang, 'amount currency' ), $amount, $cur );
		switch ( self::str( $wage, 'period' ) ) {
			case 'hour':
				/* translators: %s: an amount of money. */
				return sprintf( Solidarity_Widgets_I18n::t( '%s an hour', $lang ), $money );
			case 'day':
				/* translators: %s: an amount of money. */
				return sprintf( Solidarity_Widgets_I18n::t( '%s a day', $lang ), $money );
			case 'week':
				/* translators: %s: an amount of money. */
				return sprintf( Solidarity_Widgets_I18n::t( '%s a week', $lang ), $money );
			case 'year':
				/* translators: %s: an amount of money. */
				return sprintf( Solidarity_Widgets_I18n::t( '%s a year', $lang ), $money );
			default:
				/* translators: %s: an amount of money. */
				return sprintf( Solidarity_Widgets_I18n::t( '%s a month', $lang ), $money );
		}
	}

	private static function wages( array $feed, array $attrs, $lang ) {
		$order = array(
			'minimum' => 0,
			'offer'   => 1,
			'demand'  => 2,
			'living'  => 3,
		);
		$wages = array();
		foreach ( self::arr( self::arr( $feed, '_campaign' ), 'wages' ) as $w ) {
			$role = self::str( $w, 'role' );
			if ( ! isset( $order[ $role ] ) || null === self::num( $w, 'amount' ) || ! preg_match( '/^[A-Z]{3}$/D', self::str( $w, 'currency' ) ) ) {
				continue;
			}
			if ( ! empty( $attrs['country'] ) && self::str( $w, 'country' ) !== '' && strtoupper( (string) $attrs['country'] ) !== self::str( $w, 'country' ) ) {
				continue;
			}
			if ( ! empty( $attrs['sector'] ) && self::str( $w, 'sector' ) !== '' && (string) $attrs['sector'] !== self::str( $w, 'sector' ) ) {
				continue;
			}
			$wages[] = $w;
		}
		if ( ! $wages ) {
			return '';
		}
		usort(
			$wages,
			function ( $a, $b ) use ( $order ) {
				$r = $order[ self::str( $a, 'role' ) ] - $order[ self::str( $b, 'role' ) ];
				return 0 !== $r ? $r : strcmp( self::sort_key( self::str( $a, 'effective' ) ), self::sort_key( self::str( $b, 'effective' ) ) );
			}
		);
		$html = self::wage_summary( $wages, $attrs, $lang );
		$html .= '<ul class="sw-fallback sw-fallback-wages">';
		foreach ( $wages as $w ) {
			$details = array();
			$sector  = self::str( $w, 'sector' );
			if ( '' !== $sector ) {
				$details[] = esc_html( $sector );
			}
			$country = self::str( $w, 'country' );
			if ( '' !== $country ) {
				$details[] = esc_html( $country );
			}
			$when = self::time_html( self::str( $w, 'effective' ), '', $lang );
			if ( '' !== $when ) {
				/* translators: %s: a date. */
				$details[] = sprintf( esc_html( Solidarity_Widgets_I18n::t( 'from %s', $lang ) ), $when );
			}
			$html .= '<li><strong>' . esc_html( self::role_label( self::str( $w, 'role' ), $lang ) ) . '</strong>: '
				. esc_html( self::money( $w, $lang ) );
			if ( $details ) {
				$html .= ' <small>(' . implode( ', ', $details ) . ')</small>';
			}
			$html .= '</li>';
		}
		return $html . '</ul>';
	}

	/** The last day a partial date can mean, as a sort key (`2014-02` → `2014-02-99`). */
	private static function latest_key( $date ) {
		$date = (string) $date;
		return 4 === strlen( $date ) ? $date . '-99-99' : ( 7 === strlen( $date ) ? $date . '-99' : substr( $date, 0, 10 ) );
	}

	/**
	 * One sentence, as the gauge reads it: the legal minimum in force against the target (the
	 * workers' demand, or a living wage with target="living"), at the `as-of` date or else at the
	 * date of the latest target figure.
	 *
	 * @param array  $wages Usable wages, sorted by role then date.
	 * @param array  $attrs Element attributes.
	 * @param string $lang  Block language.
	 */
	private static function wage_summary( array $wages, array $attrs, $lang ) {
		$target = isset( $attrs['target'] ) && 'living' === $attrs['target'] ? 'living' : 'demand';
		$as_of  = isset( $attrs['as-of'] ) && Solidarity_Widgets_Feed_Validator::is_partial_date( $attrs['as-of'] ) ? $attrs['as-of'] : '';
		$in_force = function ( $role ) use ( $wages, &$as_of ) {
			$best = null;
			foreach ( $wages as $w ) {
				$eff = self::str( $w, 'effective' );
				if ( self::str( $w, 'role' ) !== $role || ( '' !== $as_of && '' !== $eff && strcmp( self::sort_key( $eff ), self::latest_key( $as_of ) ) > 0 ) ) {
					continue;
				}
				$best = $w; // Sorted oldest first: the last one in force wins.
			}
			return $best;
		};
		$goal = $in_force( $target );
		if ( '' === $as_of && $goal && '' !== self::str( $goal, 'effective' ) ) {
			$as_of = self::str( $goal, 'effective' );
		}
		$minimum = $in_force( 'minimum' );
		if ( ! $goal || ! $minimum || self::str( $minimum, 'currency' ) !== self::str( $goal, 'currency' ) || self::str( $minimum, 'period' ) !== self::str( $goal, 'period' ) ) {
			return '';
		}
		$pct  = self::number( (int) round( 100 * self::num( $minimum, 'amount' ) / self::num( $goal, 'amount' ) ), $lang );
		$text = 'living' === $target
			/* translators: 1: the legal minimum wage with currency and period, 2: a living wage, 3: a percentage. */
			? sprintf( Solidarity_Widgets_I18n::t( 'The legal minimum wage, %1$s, is %3$s%% of a living wage, %2$s.', $lang ), self::money( $minimum, $lang ), self::money( $goal, $lang ), $pct )
			/* translators: 1: the legal minimum wage with currency and period, 2: the workers' demand, 3: a percentage. */
			: sprintf( Solidarity_Widgets_I18n::t( 'The legal minimum wage, %1$s, is %3$s%% of what workers demand, %2$s.', $lang ), self::money( $minimum, $lang ), self::money( $goal, $lang ), $pct );
		$html = '<p class="sw-fallback sw-fallback-wage-summary">' . esc_html( $text );
		$when = self::format_date( $as_of, $lang );
		if ( '' !== $when ) {
			/* translators: %s: a date such as "December 2013". */
			$html .= ' ' . esc_html( sprintf( Solidarity_Widgets_I18n::t( 'Figures in force as of %s.', $lang ), $when ) );
		}
		return $html . '</p>';
	}

	// ----- incident-timeline -----

	private static function incident_kind( $kind, $lang ) {
		$labels = array(
			'strike'    => Solidarity_Widgets_I18n::t( 'Strike', $lang ),
			'protest'   => Solidarity_Widgets_I18n::t( 'Protest', $lang ),
			'violence'  => Solidarity_Widgets_I18n::t( 'Violence', $lang ),
			'killing'   => Solidarity_Widgets_I18n::t( 'Killing', $lang ),
			'arrest'    => Solidarity_Widgets_I18n::t( 'Arrest', $lang ),
			'court'     => Solidarity_Widgets_I18n::t( 'Court', $lang ),
			'dismissal' => Solidarity_Widgets_I18n::t( 'Dismissal', $lang ),
			'migration' => Solidarity_Widgets_I18n::t( 'Migration', $lang ),
			'ban'       => Solidarity_Widgets_I18n::t( 'Ban', $lang ),
			'other'     => Solidarity_Widgets_I18n::t( 'Other', $lang ),
		);
		return isset( $labels[ $kind ] ) ? $labels[ $kind ] : '';
	}

	private static function action_kind( $kind, $lang ) {
		$labels = array(
			'protest'   => Solidarity_Widgets_I18n::t( 'Protest', $lang ),
			'rally'     => Solidarity_Widgets_I18n::t( 'Rally', $lang ),
			'march'     => Solidarity_Widgets_I18n::t( 'March', $lang, 'a demonstration' ),
			'vigil'     => Solidarity_Widgets_I18n::t( 'Vigil', $lang ),
			'letter'    => Solidarity_Widgets_I18n::t( 'Letter', $lang ),
			'statement' => Solidarity_Widgets_I18n::t( 'Statement', $lang ),
			'petition'  => Solidarity_Widgets_I18n::t( 'Petition', $lang ),
			'strike'    => Solidarity_Widgets_I18n::t( 'Strike', $lang ),
			'other'     => Solidarity_Widgets_I18n::t( 'Other', $lang ),
		);
		return isset( $labels[ $kind ] ) ? $labels[ $kind ] : '';
	}

	/**
	 * Records of one list within `from`/`to`, oldest first. A record stays when its period overlaps the
	 * range, as the elements decide: "2014" is kept from 2014-06, and a day of January with to="2014-01".
	 */
	private static function dated( array $feed, $key, array $attrs ) {
		$from = isset( $attrs['from'] ) ? (string) $attrs['from'] : '';
		$to   = isset( $attrs['to'] ) ? (string) $attrs['to'] : '';
		$list = array();
		foreach ( self::arr( self::arr( $feed, '_campaign' ), $key ) as $r ) {
			$date = self::str( $r, 'date' );
			if ( ! Solidarity_Widgets_Feed_Validator::is_partial_date( $date ) ) {
				continue;
			}
			if ( Solidarity_Widgets_Feed_Validator::is_partial_date( $from ) && strcmp( self::latest_key( self::str( $r, 'end' ) ?: $date ), self::sort_key( $from ) ) < 0 ) {
				continue;
			}
			if ( Solidarity_Widgets_Feed_Validator::is_partial_date( $to ) && strcmp( self::sort_key( $date ), self::latest_key( $to ) ) > 0 ) {
				continue;
			}
			$list[] = $r;
		}
		usort(
			$list,
			function ( $a, $b ) {
				return strcmp( self::sort_key( self::str( $a, 'date' ) ), self::sort_key( self::str( $b, 'date' ) ) );
			}
		);
		return $list;
	}

	/** The records of one or two `_campaign` lists within `from`/`to`, merged oldest first. */
	private static function dated_lists( array $feed, array $keys, array $attrs ) {
		$list = array();
		foreach ( array_filter( $keys ) as $key ) {
			$list = array_merge( $list, self::dated( $feed, $key, $attrs ) );
		}
		usort(
			$list,
			function ( $a, $b ) {
				return strcmp( self::sort_key( self::str( $a, 'date' ) ), self::sort_key( self::str( $b, 'date' ) ) );
			}
		);
		return $list;
	}

	private static function table_head( $caption, array $columns ) {
		$html = '<table class="sw-fallback"><caption>' . esc_html( $caption ) . '</caption><thead><tr>';
		foreach ( $columns as $c ) {
			$html .= '<th scope="col">' . esc_html( $c ) . '</th>';
		}
		return $html . '</tr></thead><tbody>';
	}

	private static function incidents( array $feed, array $attrs, $lang ) {
		$list = self::dated_lists( $feed, array( 'incidents', ! empty( $attrs['include-actions'] ) ? 'actions' : '' ), $attrs );
		if ( ! $list ) {
			return '';
		}
		$html = self::table_head(
			Solidarity_Widgets_I18n::t( 'Incidents', $lang ),
			array(
				Solidarity_Widgets_I18n::t( 'Date', $lang ),
				Solidarity_Widgets_I18n::t( 'What happened', $lang ),
				Solidarity_Widgets_I18n::t( 'Where', $lang ),
				Solidarity_Widgets_I18n::t( 'People', $lang ),
			)
		);
		foreach ( $list as $e ) {
			$kind   = self::incident_kind( self::str( $e, 'kind' ), $lang );
			$kind   = '' === $kind ? self::action_kind( self::str( $e, 'kind' ), $lang ) : $kind;
			$counts = array();
			$phr    = array(
				/* translators: %s: a number of people, such as "at least 4". */
				'deaths'       => Solidarity_Widgets_I18n::t( '%s killed', $lang ),
				/* translators: %s: a number of people. */
				'injured'      => Solidarity_Widgets_I18n::t( '%s injured', $lang ),
				/* translators: %s: a number of people. */
				'arrested'     => Solidarity_Widgets_I18n::t( '%s arrested', $lang ),
				/* translators: %s: a number of people. */
				'participants' => Solidarity_Widgets_I18n::t( '%s took part', $lang ),
			);
			foreach ( $phr as $key => $phrase ) {
				$n = self::count_text( self::arr( $e, $key ), $lang );
				if ( '' !== $n ) {
					$counts[] = sprintf( $phrase, $n );
				}
			}
			$what = '<strong>' . esc_html( $kind ) . '</strong>: ' . esc_html( self::str( $e, 'title' ) );
			$desc = self::str( $e, 'description' );
			if ( '' !== $desc ) {
				$what .= '<br>' . esc_html( self::shorten( $desc, self::SUMMARY_CHARS ) );
			}
			$html .= '<tr><td>' . self::time_html( self::str( $e, 'date' ), self::str( $e, 'end' ), $lang ) . '</td>'
				. '<td>' . $what . '</td>'
				. '<td>' . esc_html( self::place_text( self::arr( $e, 'place' ) ) ) . '</td>'
				. '<td>' . esc_html( implode( '; ', $counts ) ) . '</td></tr>';
		}
		return $html . '</tbody></table>';
	}

	// ----- action-map -----

	private static function actions( array $feed, array $attrs, $lang ) {
		$list = self::dated_lists( $feed, array( 'actions', ! empty( $attrs['include-incidents'] ) ? 'incidents' : '' ), $attrs );
		if ( ! $list ) {
			return '';
		}
		$html = self::table_head(
			Solidarity_Widgets_I18n::t( 'Solidarity actions', $lang ),
			array(
				Solidarity_Widgets_I18n::t( 'Date', $lang ),
				Solidarity_Widgets_I18n::t( 'Action', $lang ),
				Solidarity_Widgets_I18n::t( 'Where', $lang ),
				Solidarity_Widgets_I18n::t( 'Participants', $lang ),
				Solidarity_Widgets_I18n::t( 'Organisers', $lang ),
			)
		);
		foreach ( $list as $a ) {
			$kind  = self::action_kind( self::str( $a, 'kind' ), $lang );
			$kind  = '' === $kind ? self::incident_kind( self::str( $a, 'kind' ), $lang ) : $kind;
			$where = array();
			foreach ( self::arr( $a, 'route' ) as $stop ) {
				$name = self::place_text( $stop );
				if ( '' !== $name ) {
					$where[] = $name;
				}
			}
			$where = $where ? implode( ' → ', $where ) : self::place_text( self::arr( $a, 'place' ) );
			$orgs  = array_filter( self::arr( $a, 'organisers' ), 'is_string' );
			$html .= '<tr><td>' . self::time_html( self::str( $a, 'date' ), self::str( $a, 'end' ), $lang ) . '</td>'
				. '<td><strong>' . esc_html( $kind ) . '</strong>: ' . esc_html( self::str( $a, 'title' ) ) . '</td>'
				. '<td>' . esc_html( $where ) . '</td>'
				. '<td>' . esc_html( self::count_text( self::arr( $a, 'participants' ), $lang ) ) . '</td>'
				. '<td>' . esc_html( implode( ', ', $orgs ) ) . '</td></tr>';
		}
		return $html . '</tbody></table>';
	}
}
