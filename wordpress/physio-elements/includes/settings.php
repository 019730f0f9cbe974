<?php
/**
 * Settings → physio-elements: the country, the default phone numbers, a theme and an accent colour for every widget
 * on the site. Only administrators (manage_options) see or save it; options.php checks the nonce.
 */

defined( 'ABSPATH' ) || exit;

add_action(
	'admin_init',
	static function (): void {
		register_setting(
			'physio_elements',
			'physio_elements',
			array(
				'type'              => 'object',
				'sanitize_callback' => 'physio_elements_sanitize_options',
				'default'           => array(),
				'show_in_rest'      => false,
			)
		);
		add_settings_section( 'physio_elements_main', '', '__return_null', 'physio-elements' );
		$fields = array(
			'country'            => __( 'Country', 'physio-elements' ),
			'emergency_number'   => __( 'Emergency number', 'physio-elements' ),
			'after_hours_number' => __( 'After-hours number (GP on call)', 'physio-elements' ),
			'theme'              => __( 'Theme', 'physio-elements' ),
			'accent'             => __( 'Accent colour', 'physio-elements' ),
		);
		foreach ( $fields as $key => $label ) {
			add_settings_field(
				'physio_elements_' . $key,
				$label,
				'physio_elements_field_' . $key,
				'physio-elements',
				'physio_elements_main',
				array( 'label_for' => 'physio-elements-' . str_replace( '_', '-', $key ) )
			);
		}
	}
);

add_action(
	'admin_menu',
	static function (): void {
		add_options_page(
			__( 'physio-elements settings', 'physio-elements' ),
			__( 'physio-elements', 'physio-elements' ),
			'manage_options',
			'physio-elements',
			'physio_elements_settings_page'
		);
	}
);

/** The page; options.php saves it (nonce, capability, sanitize_callback) and the notices come from options-head.php. */
function physio_elements_settings_page(): void {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	?>
	<div class="wrap">
		<h1><?php echo esc_html( get_admin_page_title() ); ?></h1>
		<p><?php esc_html_e( 'These settings apply to every physio-elements widget on the site. A widget that sets its own value keeps it.', 'physio-elements' ); ?></p>
		<form action="<?php echo esc_url( admin_url( 'options.php' ) ); ?>" method="post">
			<?php
			settings_fields( 'physio_elements' );
			do_settings_sections( 'physio-elements' );
			submit_button();
			?>
		</form>
	</div>
	<?php
}

/**
 * One select.
 *
 * @param string                $key     Option key.
 * @param array<string, string> $choices Value => label.
 * @param string                $help    Plain-language help below it.
 */
function physio_elements_select( string $key, array $choices, string $help ): void {
	$id      = 'physio-elements-' . str_replace( '_', '-', $key );
	$current = physio_elements_options()[ $key ];
	printf( '<select id="%1$s" name="physio_elements[%2$s]" aria-describedby="%1$s-help">', esc_attr( $id ), esc_attr( $key ) );
	foreach ( $choices as $value => $label ) {
		printf( '<option value="%s"%s>%s</option>', esc_attr( (string) $value ), selected( $current, (string) $value, false ), esc_html( $label ) );
	}
	printf( '</select><p class="description" id="%s-help">%s</p>', esc_attr( $id ), esc_html( $help ) );
}

/**
 * One text field.
 *
 * @param string               $key        Option key.
 * @param string               $help       Plain-language help below it.
 * @param array<string, mixed> $attributes Extra input attributes.
 */
function physio_elements_text( string $key, string $help, array $attributes ): void {
	$id = 'physio-elements-' . str_replace( '_', '-', $key );
	printf( '<input type="text" class="regular-text" id="%1$s" name="physio_elements[%2$s]" value="%3$s" aria-describedby="%1$s-help"', esc_attr( $id ), esc_attr( $key ), esc_attr( physio_elements_options()[ $key ] ) );
	foreach ( $attributes as $name => $value ) {
		printf( ' %s="%s"', esc_attr( $name ), esc_attr( (string) $value ) );
	}
	printf( ' /><p class="description" id="%s-help">%s</p>', esc_attr( $id ), esc_html( $help ) );
}

/** Country field. */
function physio_elements_field_country(): void {
	physio_elements_select(
		'country',
		array(
			''   => __( 'Follow the page language', 'physio-elements' ),
			'nl' => __( 'The Netherlands', 'physio-elements' ),
			'be' => __( 'Belgium', 'physio-elements' ),
		),
		__( 'Which country\'s phone numbers and health-care routes the widgets show. "Follow the page language": a page in French or German, or in a language for Belgium such as nl-BE, gets Belgium; every other page gets the Netherlands. A widget with its own country keeps it.', 'physio-elements' )
	);
}

/** Emergency number field. */
function physio_elements_field_emergency_number(): void {
	physio_elements_text(
		'emergency_number',
		__( 'Leave empty to use 112, the emergency number in the Netherlands and Belgium. Digits, spaces and + ( ) - . / only.', 'physio-elements' ),
		array(
			'inputmode'   => 'tel',
			'maxlength'   => 20,
			'placeholder' => '112',
		)
	);
}

/** After-hours number field. */
function physio_elements_field_after_hours_number(): void {
	physio_elements_text(
		'after_hours_number',
		__( 'The number to call in the evening, at night, at weekends and on public holidays. Leave empty for the usual one: 1733 (the GP on call) in Belgium; in the Netherlands there is no single number, so the widgets tell readers to call the huisartsenpost (out-of-hours GP service) in their area, unless you enter its number here.', 'physio-elements' ),
		array(
			'inputmode' => 'tel',
			'maxlength' => 20,
		)
	);
}

/** A theme's name in the admin's language; a theme file the plugin does not know yet gets its file name. */
function physio_elements_theme_label( string $theme ): string {
	$labels = array(
		'clinic'        => __( 'Clinic', 'physio-elements' ),
		'warm'          => __( 'Warm', 'physio-elements' ),
		'calm'          => __( 'Calm', 'physio-elements' ),
		'high-contrast' => __( 'High contrast', 'physio-elements' ),
	);
	return $labels[ $theme ] ?? ucfirst( str_replace( '-', ' ', $theme ) );
}

/** Theme field. */
function physio_elements_field_theme(): void {
	$choices = array( '' => __( 'None (the widgets\' default look)', 'physio-elements' ) );
	foreach ( physio_elements_themes() as $theme ) {
		$choices[ $theme ] = physio_elements_theme_label( $theme );
	}
	physio_elements_select( 'theme', $choices, __( 'A ready-made look for the widgets: colours, corners and spacing. It is loaded only on pages that show a widget.', 'physio-elements' ) );
}

/** Accent colour field. */
function physio_elements_field_accent(): void {
	physio_elements_text(
		'accent',
		__( 'Colour of buttons, links and the focus ring, as a hex code such as #8a2c6e. Leave empty to keep the accent of the theme chosen above. Choose a dark enough colour so white text on it stays readable.', 'physio-elements' ),
		array(
			'maxlength'   => 7,
			'placeholder' => '#005eb8',
		)
	);
}

/**
 * Keeps only values the widgets accept; anything else is stored as '' with a notice that does not repeat it.
 * Runs twice on the first save (update_option, then add_option), so a value it returns must pass it again unchanged.
 *
 * @param mixed $input The submitted physio_elements[…] fields.
 * @return array<string, string>
 */
function physio_elements_sanitize_options( $input ): array {
	$input    = is_array( $input ) ? $input : array();
	$messages = array(
		'country'            => __( 'Unknown country; the widgets now follow the page language.', 'physio-elements' ),
		'emergency_number'   => __( 'The emergency number is not a phone number (digits, spaces and + ( ) - . / only, at most 20 characters); 112 is used.', 'physio-elements' ),
		'after_hours_number' => __( 'The after-hours number is not a phone number (digits, spaces and + ( ) - . / only, at most 20 characters); the usual one is used.', 'physio-elements' ),
		'theme'              => __( 'Unknown theme; no theme is used.', 'physio-elements' ),
		'accent'             => __( 'The accent colour is not a hex code such as #8a2c6e; the accent of the chosen theme is used.', 'physio-elements' ),
	);
	$clean    = array();
	foreach ( $messages as $key => $message ) {
		$submitted     = $input[ $key ] ?? '';
		$clean[ $key ] = physio_elements_option_value( $key, $submitted );
		if ( '' === $clean[ $key ] && ( ! is_string( $submitted ) || '' !== trim( $submitted ) ) ) {
			// The message is printed unescaped by settings_errors(): it never contains the submitted value.
			add_settings_error( 'physio_elements', 'physio-elements-' . str_replace( '_', '-', $key ), $message );
		}
	}
	return $clean;
}
