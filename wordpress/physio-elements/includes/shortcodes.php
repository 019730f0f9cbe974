<?php
/**
 * [physio_faq] … [physio_booking_cta]: the element's tag with its attributes (`-` written `_`), every value escaped.
 * A flag without a value, as in [physio_faq searchable], is a boolean attribute.
 */

defined( 'ABSPATH' ) || exit;

foreach ( physio_elements_attributes() as $physio_tag => $physio_attributes ) {
	add_shortcode(
		str_replace( '-', '_', $physio_tag ),
		static function ( $atts ) use ( $physio_tag, $physio_attributes ): string {
			physio_elements_enqueue();
			$html = '<' . $physio_tag;
			foreach ( (array) $atts as $name => $value ) {
				if ( is_int( $name ) ) {
					$name  = $value;
					$value = '';
				}
				$attribute = str_replace( '_', '-', strtolower( (string) $name ) );
				if ( in_array( $attribute, $physio_attributes, true ) ) {
					$html .= ' ' . $attribute . '="' . esc_attr( (string) $value ) . '"';
				}
			}
			return $html . '></' . $physio_tag . '>';
		}
	);
}
