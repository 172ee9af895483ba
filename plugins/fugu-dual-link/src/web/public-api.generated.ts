// Generated from the API's OpenAPI document (/api/openapi.json) by `pnpm --filter @jiceng/api web-api-types`.
// Do not edit: change the route's describe()/validate() schemas and regenerate (a test fails while this is stale).

export interface paths {
    "/boards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Public: compounds with a supervision board and how many members are on each */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    city: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Public: compounds with a supervision board and how many members are on each */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            city: {
                                code: string;
                                name: string;
                            };
                            items: ({
                                communityName: string;
                                communityPlaceId: number;
                                kind: string;
                                listed: number;
                                placeId: number;
                                placeName: string;
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
    "/boards/{placeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Public: the supervision board of a compound or building (only what members agreed to show) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    city: string;
                    placeId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Public: the supervision board of a compound or building (only what members agreed to show) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            city: {
                                code: string;
                                name: string;
                            };
                            community: ({
                                id: number;
                                name: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            members: ({
                                commitment: string | null;
                                name: string;
                                /** @description path of the photo under the board routes, when shown */
                                photo: string | null;
                                placeName: string;
                                postCategory: string | null;
                                postName: string | null;
                                registrationId: number;
                                unitName: string | null;
                            } & {
                                [key: string]: unknown;
                            })[];
                            place: {
                                id: number;
                                kind: string;
                                name: string;
                                parentName: string | null;
                            } & {
                                [key: string]: unknown;
                            };
                            /** Format: date */
                            printedOn: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description not a compound or building of the city */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/photos/{registrationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Public: a board member’s photo, only if they agreed to show it */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    city: string;
                    registrationId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Public: a board member’s photo, only if they agreed to show it */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/jpeg": string;
                        "image/png": string;
                        "image/webp": string;
                    };
                };
                /** @description no photo, or not agreed to show it */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
