import type { ReactNode } from 'react';
import './globals.css';

// The document (<html lang dir>) comes from app/[locale]/layout.tsx. A root layout is still
// needed because app/not-found.tsx lives at the root; it just passes children through.
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
