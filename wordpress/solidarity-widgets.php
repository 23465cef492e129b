<?php
/**
 * Plugin Name:       Solidarity Widgets
 * Description:       Press releases, the wage gap, an incident timeline and a solidarity action map from a campaign feed, as blocks and a shortcode that work for every role, with content readable without JavaScript.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            Solidarity Widgets contributors
 * License:           GPL-2.0-or-later
 * License URI:       https://www.gnu.org/licenses/gpl-2.0.html
 * Text Domain:       solidarity-widgets
 * Domain Path:       /languages
 * Update URI:        false
 *
 * @package SolidarityWidgets
 */

/*
 * This plugin calls no server: no telemetry, no remote fonts, no update server of its own
 * (Update URI: false keeps WordPress from asking wordpress.org about it). Feeds chosen from the
 * media library are read from disk; a feed URL is handed to the element as it is.
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

define( 'SOLIDARITY_WIDGETS_FILE', __FILE__ );
define( 'SOLIDARITY_WIDGETS_DIR', __DIR__ );

require_once __DIR__ . '/includes/class-feed-schema.php';
require_once __DIR__ . '/includes/class-elements.php';
require_once __DIR__ . '/includes/class-i18n.php';
require_once __DIR__ . '/includes/class-feeds.php';
require_once __DIR__ . '/includes/class-render.php';
require_once __DIR__ . '/includes/class-assets.php';
require_once __DIR__ . '/includes/class-kses.php';
require_once __DIR__ . '/includes/class-uploads.php';
require_once __DIR__ . '/includes/class-rest.php';

add_action( 'init', array( 'Solidarity_Widgets_I18n', 'load_textdomain' ) );
add_action( 'init', array( 'Solidarity_Widgets_Assets', 'register' ) );
add_action( 'init', array( 'Solidarity_Widgets_Render', 'register' ) );
Solidarity_Widgets_Assets::hooks();
Solidarity_Widgets_Kses::hooks();
Solidarity_Widgets_Uploads::hooks();
Solidarity_Widgets_Rest::hooks();
