import Widgets from './widgets';

export default function Page() {
  return (
    <main>
      <h1>physio-elements in Next.js</h1>
      <Widgets />
    </main>
  );
}
