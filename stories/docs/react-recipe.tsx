// The recipe shown on Storybook's Docs/React page (with `physio-elements/react` as the import) and rendered by
// test/react-recipe.test.ts with React 18 and 19, so the page never shows code that does not work.
'use client'; // Next.js App Router: the wrappers use hooks and the browser's custom elements.
import { useState } from 'react';
import { PhysioBookingCta, PhysioFaq, PhysioRedFlags } from '../../src/react/index.js';

export function BackPainPage({ clinic = 'Fysio Centrum' }: { clinic?: string }) {
  const [opened, setOpened] = useState<string[]>([]);
  return (
    <main>
      <PhysioRedFlags region="nl" />
      <PhysioFaq searchable onPhysioFaqToggle={(e) => e.detail.open && setOpened((ids) => [...ids, e.detail.id])} />
      <p>Questions opened: {opened.length}</p>
      <PhysioBookingCta
        clinic={clinic}
        href="https://clinic.example/book"
        phone="020 123 45 67"
        onPhysioBook={(e) => console.info('booking via', e.detail.channel)}
      />
    </main>
  );
}
