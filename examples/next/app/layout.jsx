// The widgets follow <html lang>; on the server they render in English, the package's source language.
export const metadata = { title: 'physio-elements in Next.js', icons: 'data:,' };

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
