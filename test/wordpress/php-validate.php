<?php
// Test helper: reads a JSON array of feed texts on stdin, prints a JSON array with each one's problems
// as the plugin's PHP validator reports them. Run with php-cli, outside WordPress.
define( 'SOLIDARITY_WIDGETS_CLI', true );
require __DIR__ . '/../../wordpress/includes/class-feed-validator.php';
$texts = json_decode( stream_get_contents( STDIN ), true );
$out   = array();
foreach ( $texts as $text ) {
	$out[] = Solidarity_Widgets_Feed_Validator::validate_text( $text );
}
echo json_encode( $out, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_LINE_TERMINATORS );
