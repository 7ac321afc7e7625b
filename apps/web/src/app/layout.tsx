import type { ReactNode } from 'react';
import './globals.css';

// The document (<html lang dir>) comes from app/[locale]/layout.tsx (and app/global-not-found.tsx);
// this root layout only passes children through.
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
