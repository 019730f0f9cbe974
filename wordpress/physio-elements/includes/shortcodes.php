<?php
/**
 * [physio_faq] … [physio_booking_cta]: the element's tag with its attributes (`-` written `_`).
 * A flag without a value, as in [physio_faq searchable], is a boolean attribute; single="false" leaves it off.
 */

defined( 'ABSPATH' ) || exit;

foreach ( physio_elements_attributes() as $physio_tag => $physio_kinds ) {
	add_shortcode(
		str_replace( '-', '_', $physio_tag ),
		static function ( $atts, $content = null ) use ( $physio_tag, $physio_kinds ): string {
			$attributes = array();
			// A shortcode with no attributes hands over '' rather than an array.
			foreach ( is_array( $atts ) ? $atts : array() as $name => $value ) {
				if ( is_int( $name ) ) {
					$attributes[ str_replace( '_', '-', strtolower( (string) $value ) ) ] = true;
					continue;
				}
				$name  = str_replace( '_', '-', strtolower( (string) $name ) );
				$value = (string) $value;
				// single="false" must not switch the flag on, as the bare attribute would.
				$attributes[ $name ] = 'flag' === ( $physio_kinds[ $name ] ?? '' ) ? ! in_array( strtolower( $value ), array( 'false', '0', 'no', 'off' ), true ) : $value;
			}
			// [physio_faq]<details>…</details>[/physio_faq]: the classic editor's own questions, as the element's content.
			return physio_elements_tag( $physio_tag, $attributes, is_string( $content ) ? do_shortcode( $content ) : '' );
		}
	);
}
