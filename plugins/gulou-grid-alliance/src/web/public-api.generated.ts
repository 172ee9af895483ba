// Generated from the API's OpenAPI document (/api/openapi.json) by `pnpm --filter @jiceng/api web-api-types`.
// Do not edit: change the route's describe()/validate() schemas and regenerate (a test fails while this is stale).

export interface paths {
    "/facilities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Public catalogue of unit facilities open to residents */
        get: {
            parameters: {
                query?: {
                    kind?: "parking" | "sports" | "toilet" | "meeting_room" | "library" | "canteen" | "other";
                    openNow?: "true" | "false";
                    placeId?: number;
                    unitId?: number;
                };
                header?: never;
                path: {
                    city: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Public catalogue of unit facilities open to residents */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: ({
                                address: string | null;
                                capacity: number | null;
                                /** @description HH:MM */
                                closesAt: string;
                                /** @description Mon..Sun as seven 0/1 digits, e.g. 1111100 */
                                days: string;
                                id: number;
                                kind: string;
                                name: string;
                                openNow: boolean;
                                /** @description HH:MM */
                                opensAt: string;
                                placeId: number | null;
                                placeName: string | null;
                                unitId: number;
                                unitName: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Error: {
            error: {
                code: string;
                field?: string;
                issues?: {
                    field?: string;
                    message?: string;
                }[];
                message: string;
            };
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
