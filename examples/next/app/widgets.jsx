'use client';
// Lit components must sit past the 'use client' boundary to be server-rendered (@lit-labs/nextjs): in a server
// component they would not reach the client bundle, and their <template> would not match on hydration.
import { useState } from 'react';
import {
  PhysioBookingCta,
  PhysioExerciseCard,
  PhysioFaq,
  PhysioLoadBucket,
  PhysioRedFlags,
} from 'physio-elements/react';

export default function Widgets() {
  const [opened, setOpened] = useState(0);
  const [booked, setBooked] = useState('');

  // physio-book is cancelable: this demo shows the booking instead of following the link.
  function onBook(event) {
    event.preventDefault();
    setBooked(`${event.detail.channel}: ${event.detail.href}`);
  }

  return (
    <>
      <PhysioBookingCta
        clinic="Clinic Example"
        href="https://clinic.example/book"
        phone="020 123 45 67"
        onPhysioBook={onBook}
      />
      <p id="booked" aria-live="polite">
        {booked && `Booking requested (${booked})`}
      </p>
      <PhysioRedFlags />
      <PhysioFaq onPhysioFaqToggle={(event) => event.detail.open && setOpened((n) => n + 1)} />
      <p id="opened">Questions opened: {opened}</p>
      <PhysioLoadBucket headingLevel={2} />
      <PhysioExerciseCard exercise="bird-dog" />
    </>
  );
}
