import litSSR from '@lit-labs/nextjs';

// Renders the Lit elements of client components on the server, and loads Lit's hydration support in the browser
// before them (it is added as the first import of every file in app/).
export default litSSR()({});
