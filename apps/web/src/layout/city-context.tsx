import { createContext, useContext } from 'react';
import type { CityPlugins } from '../plugin-host/city-plugins';
import type { MeCity } from '../types';

export interface CityContextValue {
  city: MeCity;
  plugins: CityPlugins;
}

export const CityContext = createContext<CityContextValue | null>(null);

/** The city of the current /c/:cityCode route and its plugins. */
export function useCity(): CityContextValue {
  const value = useContext(CityContext);
  if (!value) throw new Error('useCity outside a city route');
  return value;
}
