<?php
/**
 * Removes what the plugin stored: the feed summary kept on JSON attachments. The feeds themselves
 * stay in the media library, and posts keep their saved content.
 *
 * @package SolidarityWidgets
 */

if ( ! defined( 'WP_UNINSTALL_PLUGIN' ) ) {
	exit;
}

delete_post_meta_by_key( '_solidarity_widgets_feed' );
