<?php
/**
 * The elements and their attributes, as custom-elements.json lists them (written to elements.json by
 * `npm run build:wordpress`, so PHP never keeps its own copy of the contract).
 */

defined( 'ABSPATH' ) || exit;

/**
 * Tag name => attribute name => `flag` (boolean: present means on), `number` or `text`.
 *
 * @return array<string, array<string, string>>
 */
function physio_elements_attributes(): array {
	static $elements = null;
	if ( null === $elements ) {
		$json     = file_get_contents( dirname( __DIR__ ) . '/elements.json' );
		$elements = is_string( $json ) ? (array) json_decode( $json, true ) : array();
	}
	return $elements;
}
