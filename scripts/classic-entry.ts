// The classic script's entry (dist/cdn/physio-elements.classic.js): everything all.ts does, as one IIFE. Imported for
// its effects only, so the classic script adds no global name to the page.
import '../src/all.js';
