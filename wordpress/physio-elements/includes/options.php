<?php
/**
 * The site's settings for every widget (Settings → physio-elements), read in one place with their defaults, and the
 * rules a stored value must pass: the settings page saves through them, and the front end trusts only what they let in.
 */

defined( 'ABSPATH' ) || exit;

/**
 * The stored settings, each key always present and checked again ('' = not set), so a value written around the
 * settings page (WP-CLI, another plugin) cannot reach a page unchecked.
 *
 * @return array{country: string, emergency_number: string, after_hours_number: string, theme: string, accent: string}
 */
function physio_elements_options(): array {
	$stored  = get_option( 'physio_elements', array() );
	$stored  = is_array( $stored ) ? $stored : array();
	$options = array();
	foreach ( array( 'country', 'emergency_number', 'after_hours_number', 'theme', 'accent' ) as $key ) {
		$options[ $key ] = physio_elements_option_value( $key, $stored[ $key ] ?? '' );
	}
	return $options;
}

/**
 * A setting's value if the widgets accept it, else ''.
 *
 * @param string $key   Option key.
 * @param mixed  $value Stored or submitted value.
 */
function physio_elements_option_value( string $key, $value ): string {
	$value = is_string( $value ) ? trim( $value ) : '';
	switch ( $key ) {
		case 'country':
			return in_array( $value, physio_elements_countries(), true ) ? $value : '';
		case 'emergency_number':
		case 'after_hours_number':
			return physio_elements_phone_number( $value );
		case 'theme':
			return in_array( $value, physio_elements_themes(), true ) ? $value : '';
		case 'accent':
			return (string) sanitize_hex_color( $value );
	}
	return '';
}

/**
 * Countries whose health-care routes the widgets know; '' leaves it to each page's language.
 *
 * @return string[]
 */
function physio_elements_countries(): array {
	return array( 'nl', 'be' );
}

/**
 * The themes the build copied beside the script, by file name, so a theme added to src/themes/ shows up here too.
 *
 * @return string[]
 */
function physio_elements_themes(): array {
	static $themes = null;
	if ( null === $themes ) {
		$files = glob( dirname( __DIR__ ) . '/assets/themes/*.css' );
		$names = array_map( static fn ( string $file ): string => basename( $file, '.css' ), is_array( $files ) ? $files : array() );
		// A name goes into a URL and an option value: keep only plain file names.
		$themes = array_values( array_filter( $names, static fn ( string $name ): bool => 1 === preg_match( '/^[a-z0-9-]+$/', $name ) ) );
	}
	return $themes;
}

/**
 * A phone number as the widgets accept one (the same characters and 3 to 15 digits as their tel: links), else ''.
 *
 * @param mixed $value The submitted value.
 */
function physio_elements_phone_number( $value ): string {
	$value = is_string( $value ) ? trim( $value ) : '';
	if ( '' === $value || strlen( $value ) > 20 || 1 !== preg_match( '/^[0-9 +()\/.\-]+$/', $value ) ) {
		return '';
	}
	$digits = strlen( preg_replace( '/\D/', '', $value ) );
	return $digits >= 3 && $digits <= 15 ? $value : '';
}
