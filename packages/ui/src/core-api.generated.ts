// Generated from the API's OpenAPI document (/api/openapi.json) by `pnpm --filter @jiceng/api web-api-types`.
// Do not edit: change the route's describe()/validate() schemas and regenerate (a test fails while this is stale).

export interface paths {
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Log in; sets the session cookie */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        password: string;
                        username: string;
                    };
                };
            };
            responses: {
                /** @description Log in; sets the session cookie */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @constant */
                            ok: true;
                        };
                    };
                };
                /** @description Invalid input: the field and a message in the caller’s language */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description wrong username or password */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description too many failures: locked for a while */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Log out */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description No body: the path names what is acted on */
            requestBody?: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description Log out */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @constant */
                            ok: true;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The logged-in user, grants and visible cities */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The logged-in user, grants and visible cities */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            cities: {
                                /** @enum {string} */
                                access: "city" | "orgs" | "self";
                                code: string;
                                id: number;
                                /** @enum {string} */
                                level: "city" | "district" | "county";
                                nameEn: string;
                                nameZh: string;
                            }[];
                            grants: {
                                cityId: number | null;
                                orgId: number | null;
                                /** @enum {string} */
                                role: "platform_admin" | "city_admin" | "org_admin" | "member";
                            }[];
                            user: {
                                cityId: number | null;
                                displayName: string;
                                id: number;
                                locale: string;
                                memberId: number | null;
                                /** @description true after an admin created or reset the account: every other call answers 403 password_change_required until POST /api/auth/password */
                                mustChangePassword: boolean;
                                username: string;
                            };
                        };
                    };
                };
                /** @description not logged in */
                401: {
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
    "/api/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change own password */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        currentPassword: string;
                        newPassword: string;
                    };
                };
            };
            responses: {
                /** @description Change own password */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @constant */
                            ok: true;
                        };
                    };
                };
                /** @description current password wrong, or the new one too weak (field named) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Cities the actor may see; archived=true: the archived ones (platform admin) */
        get: {
            parameters: {
                query?: {
                    archived?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Cities the actor may see; archived=true: the archived ones (platform admin) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: ({
                                /**
                                 * Format: date-time
                                 * @description with archived=true
                                 */
                                archivedAt?: string;
                                code: string;
                                id: number;
                                /** @enum {string} */
                                level: "city" | "district" | "county";
                                nameEn: string;
                                nameZh: string;
                                province: string | null;
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
        /** Create a city with its top committee (platform admin) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                        /** @enum {string} */
                        level: "city" | "district" | "county";
                        nameEn: string;
                        nameZh: string;
                        /** @default null */
                        province?: string | null;
                        rootOrgName?: string;
                    };
                };
            };
            responses: {
                /** @description Create a city with its top committee (platform admin) */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            id: number;
                            /** @enum {string} */
                            level: "city" | "district" | "county";
                            nameEn: string;
                            nameZh: string;
                            province: string | null;
                            rootOrg: {
                                active: boolean;
                                depth: number;
                                id: number;
                                kind: string;
                                name: string;
                                parentId: number | null;
                                path: string;
                                placeId: number | null;
                            } & {
                                [key: string]: unknown;
                            };
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Invalid input: the field and a message in the caller’s language */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description the code is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cities/{city}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One city and its totals */
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
                /** @description One city and its totals */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            access: "city" | "orgs" | "self";
                            code: string;
                            id: number;
                            /** @enum {string} */
                            level: "city" | "district" | "county";
                            nameEn: string;
                            nameZh: string;
                            province: string | null;
                            totals: {
                                members: number;
                                orgs: number;
                                places: number;
                                units: number;
                            } | null;
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
    "/api/cities/{city}/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Audit entries, newest first, filtered */
        get: {
            parameters: {
                query?: {
                    action?: string;
                    actor?: string;
                    entity?: string;
                    entityId?: string;
                    from?: string;
                    page?: number;
                    pageSize?: number;
                    to?: string;
                };
                header?: never;
                path: {
                    city: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Audit entries, newest first, filtered */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: ({
                                action: string;
                                actor: {
                                    displayName: string;
                                    username: string;
                                } | null;
                                after: unknown;
                                /** Format: date-time */
                                at: string;
                                before: unknown;
                                entity: string;
                                entityId: string | null;
                                id: number;
                                /** @description words for people, in the caller’s language */
                                labels: {
                                    action: string;
                                    entity: string;
                                    /** @description the model’s name for a plugin’s entry; null for core */
                                    model: string | null;
                                    /** @description shell path under /c/:city/ where such records are managed */
                                    page: string | null;
                                    /** @description a readable name of the record, when one is known */
                                    subject: string | null;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            page: number;
                            pageSize: number;
                            total: number;
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
    "/api/cities/{city}/audit/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The filtered audit log as an Excel file */
        get: {
            parameters: {
                query?: {
                    action?: string;
                    actor?: string;
                    entity?: string;
                    entityId?: string;
                    from?: string;
                    to?: string;
                };
                header?: never;
                path: {
                    city: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The filtered audit log as an Excel file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
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
    "/api/cities/{city}/indicators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Indicators of the city’s enabled models for a period (and org subtree) */
        get: {
            parameters: {
                query: {
                    from: string;
                    orgId?: number;
                    to: string;
                };
                header?: never;
                path: {
                    city: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Indicators of the city’s enabled models for a period (and org subtree) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: ({
                                /** Format: date-time */
                                computedAt: string;
                                durationMs: number;
                                meta: {
                                    id: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                pluginId: string;
                                /** @description a value with its unit, or not applicable with the reason */
                                value: {
                                    denominator?: number;
                                    numerator?: number;
                                    /** @constant */
                                    status: "ok";
                                    value: number;
                                } | {
                                    reason?: string;
                                    /** @constant */
                                    status: "not_applicable";
                                };
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
    "/api/cities/{city}/indicators/{indicatorId}/rollup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One indicator for each child org of a node */
        get: {
            parameters: {
                query: {
                    from: string;
                    parentId?: number;
                    to: string;
                };
                header?: never;
                path: {
                    city: string;
                    indicatorId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description One indicator for each child org of a node */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            indicatorId: string;
                            items: {
                                org: {
                                    id: number;
                                    kind: string;
                                    name: string;
                                };
                                /** @description a value with its unit, or not applicable with the reason */
                                value: {
                                    denominator?: number;
                                    numerator?: number;
                                    /** @constant */
                                    status: "ok";
                                    value: number;
                                } | {
                                    reason?: string;
                                    /** @constant */
                                    status: "not_applicable";
                                };
                            }[];
                            parent: {
                                id: number;
                                name: string;
                            } | null;
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
    "/api/cities/{city}/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Scheduled jobs of the models this city enabled, with recent runs */
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
                /** @description Scheduled jobs of the models this city enabled, with recent runs */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: ({
                                description: {
                                    en: string;
                                    "zh-CN": string;
                                } | null;
                                id: string;
                                lastRun: ({
                                    attempts: number;
                                    error: string | null;
                                    finishedAt: string | null;
                                    id: number;
                                    jobId: string;
                                    pluginId: string;
                                    result: {
                                        [key: string]: unknown;
                                    } | null;
                                    /** Format: date */
                                    runOn: string;
                                    /** Format: date-time */
                                    startedAt: string;
                                    startedBy: string | null;
                                    /** @enum {string} */
                                    status: "running" | "done" | "failed";
                                    /** @enum {string} */
                                    trigger: "schedule" | "manual";
                                } & {
                                    [key: string]: unknown;
                                }) | null;
                                names: {
                                    en: string;
                                    "zh-CN": string;
                                };
                                pluginId: string;
                                pluginNames: {
                                    en: string;
                                    "zh-CN": string;
                                };
                                resultLabels: {
                                    [key: string]: {
                                        en: string;
                                        "zh-CN": string;
                                    };
                                };
                                runs: ({
                                    attempts: number;
                                    error: string | null;
                                    finishedAt: string | null;
                                    id: number;
                                    jobId: string;
                                    pluginId: string;
                                    result: {
                                        [key: string]: unknown;
                                    } | null;
                                    /** Format: date */
                                    runOn: string;
                                    /** Format: date-time */
                                    startedAt: string;
                                    startedBy: string | null;
                                    /** @enum {string} */
                                    status: "running" | "done" | "failed";
                                    /** @enum {string} */
                                    trigger: "schedule" | "manual";
                                } & {
                                    [key: string]: unknown;
                                })[];
                                /** @enum {string} */
                                schedule: "daily";
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
    "/api/cities/{city}/jobs/{pluginId}/{jobId}/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run a scheduled job for this city now (409 while it is running) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    city: string;
                    jobId: string;
                    pluginId: string;
                };
                cookie?: never;
            };
            /** @description No body: the path names what is acted on */
            requestBody?: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description Run a scheduled job for this city now (409 while it is running) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attempts: number;
                            error: string | null;
                            finishedAt: string | null;
                            id: number;
                            jobId: string;
                            pluginId: string;
                            result: {
                                [key: string]: unknown;
                            } | null;
                            /** Format: date */
                            runOn: string;
                            /** Format: date-time */
                            startedAt: string;
                            startedBy: string | null;
                            /** @enum {string} */
                            status: "running" | "done" | "failed";
                            /** @enum {string} */
                            trigger: "schedule" | "manual";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description the job is running */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cities/{city}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Members in the actor’s scope, paged and filtered; personal data masked */
        get: {
            parameters: {
                query?: {
                    active?: "true" | "false" | "all";
                    cadreRank?: "none" | "section_deputy" | "section" | "division_deputy" | "division" | "bureau_deputy" | "bureau";
                    category?: "in_service" | "retired" | "flowing" | "resident" | "unemployed";
                    orgId?: number;
                    page?: number;
                    pageSize?: number;
                    placeId?: number;
                    q?: string;
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
                /** @description Members in the actor’s scope, paged and filtered; personal data masked */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                active: boolean;
                                birthDate: string | null;
                                cadreRank: string;
                                category: string;
                                /** @enum {string} */
                                gender: "male" | "female";
                                id: number;
                                /** @description masked (3508**********1234) unless revealed */
                                idNumber: string;
                                joinedPartyOn: string | null;
                                masked: boolean;
                                name: string;
                                occupation: string | null;
                                orgId: number;
                                orgName: string;
                                phone: string | null;
                                residencePlaceId: number | null;
                                skills: string | null;
                                unitId: number | null;
                                unitName: string | null;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a member */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    city: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default null */
                        birthDate?: string | null;
                        /**
                         * @default none
                         * @enum {string}
                         */
                        cadreRank?: "none" | "section_deputy" | "section" | "division_deputy" | "division" | "bureau_deputy" | "bureau";
                        /** @enum {string} */
                        category: "in_service" | "retired" | "flowing" | "resident" | "unemployed";
                        /** @enum {string} */
                        gender: "male" | "female";
                        idNumber: string;
                        /** @default null */
                        joinedPartyOn?: string | null;
                        name: string;
                        /** @default null */
                        occupation?: string | null;
                        orgId: number;
                        phone?: string | null;
                        /** @default null */
                        residencePlaceId?: number | null;
                        /** @default null */
                        skills?: string | null;
                        /** @default null */
                        unitId?: number | null;
                    };
                };
            };
            responses: {
                /** @description Create a member */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            birthDate: string | null;
                            cadreRank: string;
                            category: string;
                            /** @enum {string} */
                            gender: "male" | "female";
                            id: number;
                            /** @description masked (3508**********1234) unless revealed */
                            idNumber: string;
                            joinedPartyOn: string | null;
                            masked: boolean;
                            name: string;
                            occupation: string | null;
                            orgId: number;
                            orgName?: string;
                            phone: string | null;
                            residencePlaceId: number | null;
                            skills: string | null;
                            unitId: number | null;
                            unitName?: string | null;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Invalid input: the field and a message in the caller’s language */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description ID number already registered in this city */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cities/{city}/members/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One member; ?reveal=true shows ID number and phone to city admins (audited) */
        get: {
            parameters: {
                query?: {
                    reveal?: "true" | "false";
                };
                header?: never;
                path: {
                    city: string;
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description One member; ?reveal=true shows ID number and phone to city admins (audited) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            affiliations: ({
                                id: number;
                                kind: string;
                                note: string | null;
                                orgId: number | null;
                                orgName: string | null;
                                placeId: number | null;
                                placeName: string | null;
                                /** Format: date */
                                since: string;
                                until: string | null;
                            } & {
                                [key: string]: unknown;
                            })[];
                            birthDate: string | null;
                            cadreRank: string;
                            category: string;
                            /** @enum {string} */
                            gender: "male" | "female";
                            id: number;
                            /** @description masked (3508**********1234) unless revealed */
                            idNumber: string;
                            joinedPartyOn: string | null;
                            masked: boolean;
                            name: string;
                            occupation: string | null;
                            orgId: number;
                            orgName: string;
                            phone: string | null;
                            residencePlaceId: number | null;
                            skills: string | null;
                            unitId: number | null;
                            unitName: string | null;
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
        /** Update a member */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    city: string;
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        birthDate?: string | null;
                        /** @enum {string} */
                        cadreRank?: "none" | "section_deputy" | "section" | "division_deputy" | "division" | "bureau_deputy" | "bureau";
                        /** @enum {string} */
                        category?: "in_service" | "retired" | "flowing" | "resident" | "unemployed";
                        /** @enum {string} */
                        gender?: "male" | "female";
                        idNumber?: string;
                        joinedPartyOn?: string | null;
                        name?: string;
                        occupation?: string | null;
                        orgId?: number;
                        phone?: string | null;
                        residencePlaceId?: number | null;
                        skills?: string | null;
                        unitId?: number | null;
                    };
                };
            };
            responses: {
                /** @description Update a member */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            birthDate: string | null;
                            cadreRank: string;
                            category: string;
                            /** @enum {string} */
                            gender: "male" | "female";
                            id: number;
                            /** @description masked (3508**********1234) unless revealed */
                            idNumber: string;
                            joinedPartyOn: string | null;
                            masked: boolean;
                            name: string;
                            occupation: string | null;
                            orgId: number;
                            orgName?: string;
                            phone: string | null;
                            residencePlaceId: number | null;
                            skills: string | null;
                            unitId: number | null;
                            unitName?: string | null;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Invalid input: the field and a message in the caller’s language */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/cities/{city}/members/{id}/affiliations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add an activity affiliation (community, compound, grid, region) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    city: string;
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "residence" | "community" | "compound" | "grid" | "region" | "org";
                        /** @default null */
                        note?: string | null;
                        /** @default null */
                        orgId?: number | null;
                        /** @default null */
                        placeId?: number | null;
                        since?: string;
                    };
                };
            };
            responses: {
                /** @description Add an activity affiliation (community, compound, grid, region) */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            kind: string;
                            note: string | null;
                            orgId: number | null;
                            placeId: number | null;
                            /** Format: date */
                            since: string;
                            until: string | null;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Invalid input: the field and a message in the caller’s language */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cities/{city}/members/{id}/affiliations/{affiliationId}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End an affiliation on a date */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    affiliationId: number;
                    city: string;
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        until: string;
                    };
                };
            };
            responses: {
                /** @description End an affiliation on a date */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @constant */
                            ok: true;
                        };
                    };
                };
                /** @description Invalid input: the field and a message in the caller’s language */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cities/{city}/members/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Deactivate a member (kept, hidden from active lists) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    city: string;
                    id: number;
                };
                cookie?: never;
            };
            /** @description No body: the path names what is acted on */
            requestBody?: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description Deactivate a member (kept, hidden from active lists) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @constant */
                            ok: true;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cities/{city}/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My notices in this city, newest first (unread=1 for the unread only), with the unread count */
        get: {
            parameters: {
                query?: {
                    before?: number;
                    limit?: number;
                    unread?: "0" | "1" | "true" | "false";
                };
                header?: never;
                path: {
                    city: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description My notices in this city, newest first (unread=1 for the unread only), with the unread count */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: ({
                                body: {
                                    en: string;
                                    "zh-CN": string;
                                } | null;
                                /** Format: date-time */
                                createdAt: string;
                                href: string | null;
                                id: number;
                                kind: string;
                                pluginId: string;
                                readAt: string | null;
                                title: {
                                    en: string;
                                    "zh-CN": string;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            nextBefore: number | null;
                            /** @description how many of the person’s notices in this city are unread */
                            unread: number;
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
    "/api/cities/{city}/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark one of my notices read (another person’s is a 404) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    city: string;
                    id: number;
                };
                cookie?: never;
            };
            /** @description No body: the path names what is acted on */
            requestBody?: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description Mark one of my notices read (another person’s is a 404) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            body: {
                                en: string;
                                "zh-CN": string;
                            } | null;
                            /** Format: date-time */
                            createdAt: string;
                            href: string | null;
                            id: number;
                            kind: string;
                            pluginId: string;
                            readAt: string | null;
                            title: {
                                en: string;
                                "zh-CN": string;
                            };
                            /** @description how many of the person’s notices in this city are unread */
                            unread: number;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description no such notice of yours in this city */
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cities/{city}/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark all my notices in this city read */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    city: string;
                };
                cookie?: never;
            };
            /** @description No body: the path names what is acted on */
            requestBody?: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description Mark all my notices in this city read */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description how many of the person’s notices in this city are unread */
                            unread: number;
                            updated: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cities/{city}/orgs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Org nodes: children of parentId, or the roots visible to the actor */
        get: {
            parameters: {
                query?: {
                    kind?: string;
                    parentId?: number;
                    q?: string;
                };
                header?: never;
                path: {
                    city: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Org nodes: children of parentId, or the roots visible to the actor */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                active: boolean;
                                childCount: number;
                                depth: number;
                                id: number;
                                kind: string;
                                memberCount: number;
                                name: string;
                                parentId: number | null;
                                path: string;
                                placeId: number | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create an org under a parent, or (parentId null, city admins) the city’s top committee */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    city: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        kind: string;
                        name: string;
                        parentId: number | null;
                        placeId?: number | null;
                    };
                };
            };
            responses: {
                /** @description Create an org under a parent, or (parentId null, city admins) the city’s top committee */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            depth: number;
                            id: number;
                            kind: string;
                            name: string;
                            parentId: number | null;
                            path: string;
                            placeId: number | null;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Invalid input: the field and a message in the caller’s language */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description the city already has its top committee */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cities/{city}/orgs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One org with its ancestors */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    city: string;
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description One org with its ancestors */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            ancestors: ({
                                active: boolean;
                                depth: number;
                                id: number;
                                kind: string;
                                name: string;
                                parentId: number | null;
                                path: string;
                                placeId: number | null;
                            } & {
                                [key: string]: unknown;
                            })[];
                            childCount: number;
                            depth: number;
                            id: number;
                            kind: string;
                            memberCount: number;
                            name: string;
                            parentId: number | null;
                            path: string;
                            placeId: number | null;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description unknown id */
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
        /** 撤销 (dissolve) an empty org; moveMembersTo first moves its members to another org */
        delete: {
            parameters: {
                query?: {
                    moveMembersTo?: number;
                };
                header?: never;
                path: {
                    city: string;
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 撤销 (dissolve) an empty org; moveMembersTo first moves its members to another org */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @constant */
                            dissolved: true;
                            id: number;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description the org still has child orgs, members, units, grants or model records */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Rename or edit an org */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    city: string;
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        active?: boolean;
                        kind?: string;
                        name?: string;
                        placeId?: number | null;
                    };
                };
            };
            responses: {
                /** @description Rename or edit an org */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            depth: number;
                            id: number;
                            kind: string;
                            name: string;
                            parentId: number | null;
                            path: string;
                            placeId: number | null;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Invalid input: the field and a message in the caller’s language */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/cities/{city}/orgs/{id}/ancestors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ancestors from the root down */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    city: string;
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Ancestors from the root down */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: ({
                                active: boolean;
                                depth: number;
                                id: number;
                                kind: string;
                                name: string;
                                parentId: number | null;
                                path: string;
                                placeId: number | null;
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
    "/api/cities/{city}/orgs/{id}/move": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move a node (and its subtree) under another parent */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    city: string;
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        parentId: number;
                    };
                };
            };
            responses: {
                /** @description Move a node (and its subtree) under another parent */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            depth: number;
                            id: number;
                            kind: string;
                            name: string;
                            parentId: number | null;
                            path: string;
                            placeId: number | null;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Invalid input: the field and a message in the caller’s language */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description would move a node under itself */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cities/{city}/orgs/{id}/subtree": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The subtree under a node, to maxDepth levels */
        get: {
            parameters: {
                query?: {
                    maxDepth?: number;
                };
                header?: never;
                path: {
                    city: string;
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The subtree under a node, to maxDepth levels */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: ({
                                active: boolean;
                                depth: number;
                                id: number;
                                kind: string;
                                name: string;
                                parentId: number | null;
                                path: string;
                                placeId: number | null;
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
    "/api/cities/{city}/outcomes/trends": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Shared indicators month by month for the city or an org subtree (stored snapshots) */
        get: {
            parameters: {
                query?: {
                    indicators?: string;
                    months?: number;
                    orgId?: number;
                };
                header?: never;
                path: {
                    city: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Shared indicators month by month for the city or an org subtree (stored snapshots) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            months: string[];
                            series: {
                                indicatorId: string;
                                points: {
                                    denominator?: number;
                                    month: string;
                                    numerator?: number;
                                    partial: boolean;
                                    /** @description null: not applicable or no snapshot */
                                    value: number | null;
                                }[];
                                target: string;
                            }[];
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
    "/api/cities/{city}/places": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Places (街道 → 社区 → 小区 → 楼栋, 网格): children of parentId or by kind */
        get: {
            parameters: {
                query?: {
                    kind?: "street" | "town" | "community" | "compound" | "building" | "grid";
                    limit?: number;
                    parentId?: number;
                    q?: string;
                };
                header?: never;
                path: {
                    city: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Places (街道 → 社区 → 小区 → 楼栋, 网格): children of parentId or by kind */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: ({
                                /** @description Place attributes of the models enabled in the city, by key (see /api/plugins) */
                                attributes: {
                                    [key: string]: string;
                                };
                                depth: number;
                                id: number;
                                /** @enum {string} */
                                kind: "street" | "town" | "community" | "compound" | "building" | "grid";
                                name: string;
                                parentId: number | null;
                                path: string;
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
        /** Create a place */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    city: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default {} */
                        attributes?: {
                            [key: string]: string | null;
                        };
                        /** @enum {string} */
                        kind: "street" | "town" | "community" | "compound" | "building" | "grid";
                        name: string;
                        /** @default null */
                        parentId?: number | null;
                    };
                };
            };
            responses: {
                /** @description Create a place */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Place attributes of the models enabled in the city, by key (see /api/plugins) */
                            attributes: {
                                [key: string]: string;
                            };
                            depth: number;
                            id: number;
                            /** @enum {string} */
                            kind: "street" | "town" | "community" | "compound" | "building" | "grid";
                            name: string;
                            parentId: number | null;
                            path: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Invalid input: the field and a message in the caller’s language */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cities/{city}/places/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One place with its ancestors */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    city: string;
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description One place with its ancestors */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ancestors: ({
                                /** @description Place attributes of the models enabled in the city, by key (see /api/plugins) */
                                attributes: {
                                    [key: string]: string;
                                };
                                depth: number;
                                id: number;
                                /** @enum {string} */
                                kind: "street" | "town" | "community" | "compound" | "building" | "grid";
                                name: string;
                                parentId: number | null;
                                path: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @description Place attributes of the models enabled in the city, by key (see /api/plugins) */
                            attributes: {
                                [key: string]: string;
                            };
                            depth: number;
                            id: number;
                            /** @enum {string} */
                            kind: "street" | "town" | "community" | "compound" | "building" | "grid";
                            name: string;
                            parentId: number | null;
                            path: string;
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
        /** Edit a place */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    city: string;
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        attributes?: {
                            [key: string]: string | null;
                        };
                        /** @enum {string} */
                        kind?: "street" | "town" | "community" | "compound" | "building" | "grid";
                        name?: string;
                    };
                };
            };
            responses: {
                /** @description Edit a place */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Place attributes of the models enabled in the city, by key (see /api/plugins) */
                            attributes: {
                                [key: string]: string;
                            };
                            depth: number;
                            id: number;
                            /** @enum {string} */
                            kind: "street" | "town" | "community" | "compound" | "building" | "grid";
                            name: string;
                            parentId: number | null;
                            path: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Invalid input: the field and a message in the caller’s language */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/cities/{city}/plugin-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Installed plugins and whether this city enabled each */
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
                /** @description Installed plugins and whether this city enabled each */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: ({
                                config: {
                                    [key: string]: unknown;
                                };
                                configDefaults: {
                                    [key: string]: unknown;
                                };
                                /** @description words for each setting, by dotted path */
                                configLabels: {
                                    [key: string]: {
                                        en: string;
                                        "zh-CN": string;
                                    };
                                };
                                /** @description words for the choices of list-of-codes settings, by dotted path then code */
                                configOptionLabels: {
                                    [key: string]: {
                                        [key: string]: {
                                            en: string;
                                            "zh-CN": string;
                                        };
                                    };
                                };
                                /** @description the model’s settings as JSON Schema (input side), for the settings form */
                                configSchema: {
                                    [key: string]: unknown;
                                };
                                description: {
                                    en: string;
                                    "zh-CN": string;
                                };
                                enabled: boolean;
                                features: {
                                    id: string;
                                    names: {
                                        en: string;
                                        "zh-CN": string;
                                    };
                                }[];
                                id: string;
                                indicators: {
                                    definition: {
                                        en: string;
                                        "zh-CN": string;
                                    };
                                    /** @enum {string} */
                                    direction: "higher_is_better" | "lower_is_better";
                                    id: string;
                                    names: {
                                        en: string;
                                        "zh-CN": string;
                                    };
                                    /** @enum {string} */
                                    period: "any" | "year" | "half_year" | "quarter";
                                    /**
                                     * @description ratio values are 0..1; the others are counts or amounts in that unit
                                     * @enum {string}
                                     */
                                    unit: "ratio" | "count" | "hours" | "score" | "days" | "per_member";
                                }[];
                                names: {
                                    en: string;
                                    "zh-CN": string;
                                };
                                placeAttributes: {
                                    appliesTo: string[];
                                    key: string;
                                    labels: {
                                        en: string;
                                        "zh-CN": string;
                                    };
                                    values: {
                                        labels: {
                                            en: string;
                                            "zh-CN": string;
                                        };
                                        value: string;
                                    }[];
                                }[];
                                region: {
                                    en: string;
                                    "zh-CN": string;
                                };
                                version: string;
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
    "/api/cities/{city}/plugin-settings/{pluginId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Enable/disable a plugin for the city and set its config (validated by the plugin’s schema) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    city: string;
                    pluginId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        config?: {
                            [key: string]: unknown;
                        };
                        enabled?: boolean;
                    };
                };
            };
            responses: {
                /** @description Enable/disable a plugin for the city and set its config (validated by the plugin’s schema) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            config: {
                                [key: string]: unknown;
                            };
                            enabled: boolean;
                            id: string;
                        };
                    };
                };
                /** @description Invalid input: the field and a message in the caller’s language */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cities/{city}/plugin-settings/{pluginId}/demo-data": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Load a model’s demo data into this demo city (enables the model; once only: 200 and nothing written if loaded) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    city: string;
                    pluginId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @default demo
                         * @enum {string}
                         */
                        scale?: "demo" | "small";
                    };
                };
            };
            responses: {
                /** @description Load a model’s demo data into this demo city (enables the model; once only: 200 and nothing written if loaded) */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            seeded: boolean;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Invalid input: the field and a message in the caller’s language */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description plugin not installed */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description not a demo city */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cities/{city}/plugin-settings/demo-data": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether this is a demo city, and which models can load or already hold demo data */
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
                /** @description Whether this is a demo city, and which models can load or already hold demo data */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            demoCity: boolean;
                            items: {
                                hasDemoData: boolean;
                                id: string;
                                seeded: boolean;
                            }[];
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
    "/api/cities/{city}/roster/export/members.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Members as CSV (UTF-8 with BOM), the .xlsx export’s columns, masking and reveal rules */
        get: {
            parameters: {
                query?: {
                    active?: "true" | "false" | "all";
                    cadreRank?: "none" | "section_deputy" | "section" | "division_deputy" | "division" | "bureau_deputy" | "bureau";
                    category?: "in_service" | "retired" | "flowing" | "resident" | "unemployed";
                    orgId?: number;
                    placeId?: number;
                    q?: string;
                    reveal?: "true" | "false";
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
                /** @description Members as CSV (UTF-8 with BOM), the .xlsx export’s columns, masking and reveal rules */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
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
    "/api/cities/{city}/roster/export/members.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Members as .xlsx (dates as date cells): the list’s filters and the actor’s scope; ?reveal=true unmasks for city admins (audited) */
        get: {
            parameters: {
                query?: {
                    active?: "true" | "false" | "all";
                    cadreRank?: "none" | "section_deputy" | "section" | "division_deputy" | "division" | "bureau_deputy" | "bureau";
                    category?: "in_service" | "retired" | "flowing" | "resident" | "unemployed";
                    orgId?: number;
                    placeId?: number;
                    q?: string;
                    reveal?: "true" | "false";
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
                /** @description Members as .xlsx (dates as date cells): the list’s filters and the actor’s scope; ?reveal=true unmasks for city admins (audited) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
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
    "/api/cities/{city}/roster/export/orgs.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The org tree in the actor’s scope as .xlsx, with member counts */
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
                /** @description The org tree in the actor’s scope as .xlsx, with member counts */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
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
    "/api/cities/{city}/roster/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Recent import jobs of the city (org admins: their own) */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                };
                header?: never;
                path: {
                    city: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Recent import jobs of the city (org admins: their own) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: ({
                                columns: {
                                    field: string;
                                    label: string | null;
                                }[];
                                counts: {
                                    errorCount: number | null;
                                    errorRows: number | null;
                                    goodRows: number | null;
                                    inserted: number | null;
                                    skipped: number | null;
                                    toInsert: number | null;
                                    totalRows: number | null;
                                    toUpdate: number | null;
                                    unchanged: number | null;
                                    updated: number | null;
                                };
                                /** Format: date-time */
                                createdAt: string;
                                createdBy: number | null;
                                encoding: string | null;
                                failure: {
                                    code: string;
                                    message: string;
                                } | null;
                                fileName: string;
                                fileSize: number;
                                finishedAt: string | null;
                                /** @enum {string} */
                                format: "csv" | "xlsx";
                                id: number;
                                /** @enum {string} */
                                kind: "members" | "orgs" | "units" | "places";
                                mode: ("all" | "good_rows") | null;
                                phase: string | null;
                                progress: {
                                    fraction: number;
                                    processedRows: number;
                                    totalRows: number | null;
                                };
                                /** @enum {string} */
                                status: "validating" | "validated" | "importing" | "done" | "failed" | "cancelled";
                                /** Format: date-time */
                                updatedAt: string;
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
        /** Upload a roster (multipart: file, kind) — starts the dry run; poll GET /jobs/:id. 413 over the size limit */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    city: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": {
                        /**
                         * Format: binary
                         * @description the roster, .xlsx or .csv (UTF-8, GBK/GB18030 or UTF-16)
                         */
                        file: string;
                        /**
                         * @default members
                         * @enum {string}
                         */
                        kind?: "members" | "orgs" | "units" | "places";
                    };
                };
            };
            responses: {
                /** @description job created, dry run running */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            columns: {
                                field: string;
                                label: string | null;
                            }[];
                            counts: {
                                errorCount: number | null;
                                errorRows: number | null;
                                goodRows: number | null;
                                inserted: number | null;
                                skipped: number | null;
                                toInsert: number | null;
                                totalRows: number | null;
                                toUpdate: number | null;
                                unchanged: number | null;
                                updated: number | null;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: number | null;
                            encoding: string | null;
                            failure: {
                                code: string;
                                message: string;
                            } | null;
                            fileName: string;
                            fileSize: number;
                            finishedAt: string | null;
                            /** @enum {string} */
                            format: "csv" | "xlsx";
                            id: number;
                            /** @enum {string} */
                            kind: "members" | "orgs" | "units" | "places";
                            mode: ("all" | "good_rows") | null;
                            phase: string | null;
                            progress: {
                                fraction: number;
                                processedRows: number;
                                totalRows: number | null;
                            };
                            /** @enum {string} */
                            status: "validating" | "validated" | "importing" | "done" | "failed" | "cancelled";
                            /** Format: date-time */
                            updatedAt: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description no file, unknown kind, not .xlsx/.csv, or empty (field named) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description units or places by an org admin */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description file too large (field: file) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cities/{city}/roster/jobs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An import job: status, progress, counts and the first 100 problems */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    city: string;
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description An import job: status, progress, counts and the first 100 problems */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            columns: {
                                field: string;
                                label: string | null;
                            }[];
                            counts: {
                                errorCount: number | null;
                                errorRows: number | null;
                                goodRows: number | null;
                                inserted: number | null;
                                skipped: number | null;
                                toInsert: number | null;
                                totalRows: number | null;
                                toUpdate: number | null;
                                unchanged: number | null;
                                updated: number | null;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: number | null;
                            encoding: string | null;
                            errors: {
                                code: string;
                                column: string | null;
                                field: string | null;
                                message: string;
                                row: number;
                                /** @enum {string} */
                                severity: "error" | "warning";
                            }[];
                            errorsTruncated: boolean;
                            failure: {
                                code: string;
                                message: string;
                            } | null;
                            fileName: string;
                            fileSize: number;
                            finishedAt: string | null;
                            /** @enum {string} */
                            format: "csv" | "xlsx";
                            id: number;
                            /** @enum {string} */
                            kind: "members" | "orgs" | "units" | "places";
                            mode: ("all" | "good_rows") | null;
                            phase: string | null;
                            progress: {
                                fraction: number;
                                processedRows: number;
                                totalRows: number | null;
                            };
                            /** @enum {string} */
                            status: "validating" | "validated" | "importing" | "done" | "failed" | "cancelled";
                            /** Format: date-time */
                            updatedAt: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description no such job in this city, or another user’s */
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
        /** Discard a validated job (its checked rows are dropped) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    city: string;
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Discard a validated job (its checked rows are dropped) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            columns: {
                                field: string;
                                label: string | null;
                            }[];
                            counts: {
                                errorCount: number | null;
                                errorRows: number | null;
                                goodRows: number | null;
                                inserted: number | null;
                                skipped: number | null;
                                toInsert: number | null;
                                totalRows: number | null;
                                toUpdate: number | null;
                                unchanged: number | null;
                                updated: number | null;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: number | null;
                            encoding: string | null;
                            failure: {
                                code: string;
                                message: string;
                            } | null;
                            fileName: string;
                            fileSize: number;
                            finishedAt: string | null;
                            /** @enum {string} */
                            format: "csv" | "xlsx";
                            id: number;
                            /** @enum {string} */
                            kind: "members" | "orgs" | "units" | "places";
                            mode: ("all" | "good_rows") | null;
                            phase: string | null;
                            progress: {
                                fraction: number;
                                processedRows: number;
                                totalRows: number | null;
                            };
                            /** @enum {string} */
                            status: "validating" | "validated" | "importing" | "done" | "failed" | "cancelled";
                            /** Format: date-time */
                            updatedAt: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description the job is not validated */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cities/{city}/roster/jobs/{id}/commit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import a validated job: mode all (refused while any row has a problem) or good_rows; poll the job */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    city: string;
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        mode: "all" | "good_rows";
                    };
                };
            };
            responses: {
                /** @description merge started */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            columns: {
                                field: string;
                                label: string | null;
                            }[];
                            counts: {
                                errorCount: number | null;
                                errorRows: number | null;
                                goodRows: number | null;
                                inserted: number | null;
                                skipped: number | null;
                                toInsert: number | null;
                                totalRows: number | null;
                                toUpdate: number | null;
                                unchanged: number | null;
                                updated: number | null;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: number | null;
                            encoding: string | null;
                            failure: {
                                code: string;
                                message: string;
                            } | null;
                            fileName: string;
                            fileSize: number;
                            finishedAt: string | null;
                            /** @enum {string} */
                            format: "csv" | "xlsx";
                            id: number;
                            /** @enum {string} */
                            kind: "members" | "orgs" | "units" | "places";
                            mode: ("all" | "good_rows") | null;
                            phase: string | null;
                            progress: {
                                fraction: number;
                                processedRows: number;
                                totalRows: number | null;
                            };
                            /** @enum {string} */
                            status: "validating" | "validated" | "importing" | "done" | "failed" | "cancelled";
                            /** Format: date-time */
                            updatedAt: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Invalid input: the field and a message in the caller’s language */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description job not validated, or rows with problems and mode all */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cities/{city}/roster/jobs/{id}/errors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every problem of a dry run, by row, paged */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path: {
                    city: string;
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every problem of a dry run, by row, paged */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                code: string;
                                column: string | null;
                                field: string | null;
                                message: string;
                                row: number;
                                /** @enum {string} */
                                severity: "error" | "warning";
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
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
    "/api/cities/{city}/roster/jobs/{id}/errors.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The rows with problems as a spreadsheet: row number, the problems, then the row’s own cells under the file’s headers (fix and upload it again) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    city: string;
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The rows with problems as a spreadsheet: row number, the problems, then the row’s own cells under the file’s headers (fix and upload it again) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
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
    "/api/cities/{city}/roster/templates/{file}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Import template: members|orgs|units|places .xlsx or .csv, Chinese headers and one example row */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    city: string;
                    file: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Import template: members|orgs|units|places .xlsx or .csv, Chinese headers and one example row */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                        "text/csv": string;
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
    "/api/cities/{city}/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The new-city setup checklist, computed from the city’s data (city admins) */
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
                /** @description The new-city setup checklist, computed from the city’s data (city admins) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            complete: boolean;
                            next: string | null;
                            steps: ({
                                count: number;
                                done: boolean;
                                key: string;
                                page: string;
                                template: string | null;
                            } & {
                                [key: string]: unknown;
                            })[];
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
    "/api/cities/{city}/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Units (机关, 事业单位, 企业, 两新组织), paged */
        get: {
            parameters: {
                query?: {
                    kind?: "organ" | "institution" | "enterprise" | "new_economic" | "new_social";
                    page?: number;
                    pageSize?: number;
                    q?: string;
                };
                header?: never;
                path: {
                    city: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Units (机关, 事业单位, 企业, 两新组织), paged */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                address: string | null;
                                id: number;
                                /** @enum {string} */
                                kind: "organ" | "institution" | "enterprise" | "new_economic" | "new_social";
                                /** @enum {string} */
                                level: "central" | "province" | "city" | "county";
                                name: string;
                                orgId: number | null;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a unit */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    city: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default null */
                        address?: string | null;
                        /** @enum {string} */
                        kind: "organ" | "institution" | "enterprise" | "new_economic" | "new_social";
                        /** @enum {string} */
                        level: "central" | "province" | "city" | "county";
                        name: string;
                        /** @default null */
                        orgId?: number | null;
                    };
                };
            };
            responses: {
                /** @description Create a unit */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: string | null;
                            id: number;
                            /** @enum {string} */
                            kind: "organ" | "institution" | "enterprise" | "new_economic" | "new_social";
                            /** @enum {string} */
                            level: "central" | "province" | "city" | "county";
                            name: string;
                            orgId: number | null;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Invalid input: the field and a message in the caller’s language */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cities/{city}/units/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One unit */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    city: string;
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description One unit */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: string | null;
                            id: number;
                            /** @enum {string} */
                            kind: "organ" | "institution" | "enterprise" | "new_economic" | "new_social";
                            /** @enum {string} */
                            level: "central" | "province" | "city" | "county";
                            name: string;
                            orgId: number | null;
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
        /** Edit a unit */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    city: string;
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        address?: string | null;
                        /** @enum {string} */
                        kind?: "organ" | "institution" | "enterprise" | "new_economic" | "new_social";
                        /** @enum {string} */
                        level?: "central" | "province" | "city" | "county";
                        name?: string;
                        orgId?: number | null;
                    };
                };
            };
            responses: {
                /** @description Edit a unit */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: string | null;
                            id: number;
                            /** @enum {string} */
                            kind: "organ" | "institution" | "enterprise" | "new_economic" | "new_social";
                            /** @enum {string} */
                            level: "central" | "province" | "city" | "county";
                            name: string;
                            orgId: number | null;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Invalid input: the field and a message in the caller’s language */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/cities/{city}/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Accounts with a role in this city that the actor manages */
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
                /** @description Accounts with a role in this city that the actor manages */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: ({
                                active: boolean;
                                displayName: string;
                                grants: ({
                                    id: number;
                                    orgId: number | null;
                                    orgName: string | null;
                                    /** @enum {string} */
                                    role: "platform_admin" | "city_admin" | "org_admin" | "member";
                                } & {
                                    [key: string]: unknown;
                                })[];
                                id: number;
                                memberId: number | null;
                                mustChangePassword: boolean;
                                username: string;
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
        /** Create an account; returns a temporary password shown once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    city: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        displayName: string;
                        /** @default [] */
                        grants?: {
                            /** @default null */
                            orgId?: number | null;
                            /** @enum {string} */
                            role: "city_admin" | "org_admin" | "member";
                        }[];
                        /** @default null */
                        memberId?: number | null;
                        username: string;
                    };
                };
            };
            responses: {
                /** @description Create an account; returns a temporary password shown once */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            displayName: string;
                            grants: ({
                                id: number;
                                orgId: number | null;
                                orgName: string | null;
                                /** @enum {string} */
                                role: "platform_admin" | "city_admin" | "org_admin" | "member";
                            } & {
                                [key: string]: unknown;
                            })[];
                            id: number;
                            memberId: number | null;
                            mustChangePassword: boolean;
                            temporaryPassword: string;
                            username: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Invalid input: the field and a message in the caller’s language */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cities/{city}/users/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Rename an account or link it to a member */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    city: string;
                    userId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        displayName?: string;
                        memberId?: number | null;
                    };
                };
            };
            responses: {
                /** @description Rename an account or link it to a member */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            displayName: string;
                            grants: ({
                                id: number;
                                orgId: number | null;
                                orgName: string | null;
                                /** @enum {string} */
                                role: "platform_admin" | "city_admin" | "org_admin" | "member";
                            } & {
                                [key: string]: unknown;
                            })[];
                            id: number;
                            memberId: number | null;
                            mustChangePassword: boolean;
                            username: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Invalid input: the field and a message in the caller’s language */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/cities/{city}/users/{userId}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Deactivate an account (its sessions end) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    city: string;
                    userId: number;
                };
                cookie?: never;
            };
            /** @description No body: the path names what is acted on */
            requestBody?: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description Deactivate an account (its sessions end) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @constant */
                            ok: true;
                        };
                    };
                };
                /** @description the last city admin */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cities/{city}/users/{userId}/grants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Grant a role (never wider than the granter’s own) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    city: string;
                    userId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default null */
                        orgId?: number | null;
                        /** @enum {string} */
                        role: "city_admin" | "org_admin" | "member";
                    };
                };
            };
            responses: {
                /** @description Grant a role (never wider than the granter’s own) */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            orgId: number | null;
                            role: string;
                        };
                    };
                };
                /** @description Invalid input: the field and a message in the caller’s language */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cities/{city}/users/{userId}/grants/{grantId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke a role */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    city: string;
                    grantId: number;
                    userId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Revoke a role */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @constant */
                            ok: true;
                        };
                    };
                };
                /** @description the last city admin */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cities/{city}/users/{userId}/reset-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reset a password; the user must change it at next login */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    city: string;
                    userId: number;
                };
                cookie?: never;
            };
            /** @description No body: the path names what is acted on */
            requestBody?: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description Reset a password; the user must change it at next login */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            temporaryPassword: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cities/{city}/users/access": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who can do what on an org node: admins of the city and of every enclosing subtree */
        get: {
            parameters: {
                query: {
                    orgId: number;
                };
                header?: never;
                path: {
                    city: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Who can do what on an org node: admins of the city and of every enclosing subtree */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: ({
                                can: string[];
                                displayName: string;
                                /** @enum {string} */
                                role: "platform_admin" | "city_admin" | "org_admin" | "member";
                                userId: number;
                                username: string;
                                viaOrgId: number | null;
                                viaOrgName: string | null;
                            } & {
                                [key: string]: unknown;
                            })[];
                            org: {
                                id: number;
                                name: string;
                            };
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
    "/api/cities/{city}/work": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller’s to-do lines across the city’s enabled models, within their reach, earliest due first (partial: a model did not answer) */
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
                /** @description The caller’s to-do lines across the city’s enabled models, within their reach, earliest due first (partial: a model did not answer) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: ({
                                count: number;
                                /** Format: date */
                                dueOn?: string;
                                href: string;
                                id: string;
                                /** @enum {string} */
                                kind: "self" | "manage";
                                overdue?: number;
                                pluginId: string;
                                pluginNames: {
                                    en: string;
                                    "zh-CN": string;
                                };
                                title: {
                                    en: string;
                                    "zh-CN": string;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            partial: boolean;
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
    "/api/cities/{code}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Archive a city (platform admin): hidden from lists and comparison, its data kept */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            /** @description No body: the path names what is acted on */
            requestBody?: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description Archive a city (platform admin): hidden from lists and comparison, its data kept */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            archivedAt: string | null;
                            code: string;
                            id: number;
                            /** @enum {string} */
                            level: "city" | "district" | "county";
                            nameEn: string;
                            nameZh: string;
                            province: string | null;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description already archived */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cities/{code}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Restore an archived city (platform admin) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            /** @description No body: the path names what is acted on */
            requestBody?: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description Restore an archived city (platform admin) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            archivedAt: string | null;
                            code: string;
                            id: number;
                            /** @enum {string} */
                            level: "city" | "district" | "county";
                            nameEn: string;
                            nameZh: string;
                            province: string | null;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description not archived */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/compare": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Indicators side by side for cities or org subtrees (targets=longyan,gulou:12; set=shared|model|all) */
        get: {
            parameters: {
                query: {
                    from: string;
                    set?: "shared" | "model" | "all";
                    targets: string;
                    to: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Indicators side by side for cities or org subtrees (targets=longyan,gulou:12; set=shared|model|all) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            columns: {
                                city: {
                                    code: string;
                                    id: number;
                                    nameEn: string;
                                    nameZh: string;
                                };
                                models: {
                                    id: string;
                                    names: {
                                        en: string;
                                        "zh-CN": string;
                                    };
                                }[];
                                org: {
                                    id: number;
                                    name: string;
                                } | null;
                                /** @description per outcome fact: what counts, or why it is not applicable */
                                outcomes: {
                                    [key: string]: {
                                        applicable: boolean;
                                        text: {
                                            en: string;
                                            "zh-CN": string;
                                        }[];
                                    };
                                };
                                /** @description published figures of the city’s models, by shared indicator, for reference marks */
                                references: {
                                    [key: string]: {
                                        pluginId: string;
                                        source: {
                                            en: string;
                                            "zh-CN": string;
                                        };
                                        value: number;
                                    }[];
                                };
                                target: string;
                                values: {
                                    [key: string]: {
                                        /** Format: date-time */
                                        computedAt: string;
                                        durationMs: number;
                                        meta: {
                                            id: string;
                                        } & {
                                            [key: string]: unknown;
                                        };
                                        pluginId: string;
                                        /** @enum {string} */
                                        source?: "snapshot" | "live";
                                        /** @description a value with its unit, or not applicable with the reason */
                                        value: {
                                            denominator?: number;
                                            numerator?: number;
                                            /** @constant */
                                            status: "ok";
                                            value: number;
                                        } | {
                                            reason?: string;
                                            /** @constant */
                                            status: "not_applicable";
                                        };
                                    } & {
                                        [key: string]: unknown;
                                    };
                                };
                            }[];
                            indicators: {
                                computedBy: string[];
                                definition: {
                                    en: string;
                                    "zh-CN": string;
                                };
                                /** @enum {string} */
                                direction: "higher_is_better" | "lower_is_better";
                                /** @description the facts a shared indicator reads */
                                facts?: ("engagement" | "service" | "request" | "project" | "coverage")[];
                                id: string;
                                names: {
                                    en: string;
                                    "zh-CN": string;
                                };
                                /** @enum {string} */
                                period: "any" | "year" | "half_year" | "quarter";
                                shared: boolean;
                                /**
                                 * @description ratio values are 0..1; the others are counts or amounts in that unit
                                 * @enum {string}
                                 */
                                unit: "ratio" | "count" | "hours" | "score" | "days" | "per_member";
                            }[];
                            period: {
                                /** Format: date */
                                from: string;
                                /** @description the period reaches past today */
                                partial: boolean;
                                /** Format: date */
                                to: string;
                            };
                            /** @enum {string} */
                            set: "shared" | "model" | "all";
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
    "/api/compare/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The comparison table as an Excel file */
        get: {
            parameters: {
                query: {
                    from: string;
                    set?: "shared" | "model" | "all";
                    targets: string;
                    to: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The comparison table as an Excel file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
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
    "/api/compare/trends": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Shared indicators month by month (stored snapshots) for cities or org subtrees */
        get: {
            parameters: {
                query: {
                    indicators?: string;
                    months?: number;
                    targets: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Shared indicators month by month (stored snapshots) for cities or org subtrees */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            months: string[];
                            series: {
                                indicatorId: string;
                                points: {
                                    denominator?: number;
                                    month: string;
                                    numerator?: number;
                                    partial: boolean;
                                    /** @description null: not applicable or no snapshot */
                                    value: number | null;
                                }[];
                                target: string;
                            }[];
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
    "/api/docs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This reference as a page (Swagger UI, served from this server) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description This reference as a page (Swagger UI, served from this server) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/html": string;
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
    "/api/docs/{file}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The reference page’s assets (swagger-ui-dist) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    file: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The reference page’s assets (swagger-ui-dist) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/png": string;
                        "text/css": string;
                        "text/javascript": string;
                    };
                };
                /** @description not one of the page’s files */
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
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The process is up */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The process is up */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @constant */
                            status: "ok";
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
    "/api/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This reference as OpenAPI 3.1 JSON */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description This reference as OpenAPI 3.1 JSON */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            openapi: string;
                            paths: {
                                [key: string]: unknown;
                            };
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
    "/api/plugins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The installed model plugins */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The installed model plugins */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: ({
                                configDefaults: {
                                    [key: string]: unknown;
                                };
                                /** @description words for each setting, by dotted path */
                                configLabels: {
                                    [key: string]: {
                                        en: string;
                                        "zh-CN": string;
                                    };
                                };
                                /** @description words for the choices of list-of-codes settings, by dotted path then code */
                                configOptionLabels: {
                                    [key: string]: {
                                        [key: string]: {
                                            en: string;
                                            "zh-CN": string;
                                        };
                                    };
                                };
                                /** @description the model’s settings as JSON Schema (input side), for the settings form */
                                configSchema: {
                                    [key: string]: unknown;
                                };
                                description: {
                                    en: string;
                                    "zh-CN": string;
                                };
                                features: {
                                    id: string;
                                    names: {
                                        en: string;
                                        "zh-CN": string;
                                    };
                                }[];
                                id: string;
                                indicators: {
                                    definition: {
                                        en: string;
                                        "zh-CN": string;
                                    };
                                    /** @enum {string} */
                                    direction: "higher_is_better" | "lower_is_better";
                                    id: string;
                                    names: {
                                        en: string;
                                        "zh-CN": string;
                                    };
                                    /** @enum {string} */
                                    period: "any" | "year" | "half_year" | "quarter";
                                    /**
                                     * @description ratio values are 0..1; the others are counts or amounts in that unit
                                     * @enum {string}
                                     */
                                    unit: "ratio" | "count" | "hours" | "score" | "days" | "per_member";
                                }[];
                                names: {
                                    en: string;
                                    "zh-CN": string;
                                };
                                outcomes: {
                                    facts: {
                                        [key: string]: {
                                            applicable: boolean;
                                            text: {
                                                en: string;
                                                "zh-CN": string;
                                            };
                                        };
                                    };
                                    references: {
                                        indicatorId: string;
                                        source: {
                                            en: string;
                                            "zh-CN": string;
                                        };
                                        value: number;
                                    }[];
                                };
                                placeAttributes: {
                                    appliesTo: string[];
                                    key: string;
                                    labels: {
                                        en: string;
                                        "zh-CN": string;
                                    };
                                    values: {
                                        labels: {
                                            en: string;
                                            "zh-CN": string;
                                        };
                                        value: string;
                                    }[];
                                }[];
                                region: {
                                    en: string;
                                    "zh-CN": string;
                                };
                                version: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            sharedIndicators: {
                                definition: {
                                    en: string;
                                    "zh-CN": string;
                                };
                                /** @enum {string} */
                                direction: "higher_is_better" | "lower_is_better";
                                facts: ("engagement" | "service" | "request" | "project" | "coverage")[];
                                id: string;
                                names: {
                                    en: string;
                                    "zh-CN": string;
                                };
                                /** @enum {string} */
                                period: "any" | "year" | "half_year" | "quarter";
                                /**
                                 * @description ratio values are 0..1; the others are counts or amounts in that unit
                                 * @enum {string}
                                 */
                                unit: "ratio" | "count" | "hours" | "score" | "days" | "per_member";
                            }[];
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
    "/api/public/cities/{city}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Public: a city’s names and its models with public pages */
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
                /** @description Public: a city’s names and its models with public pages */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            nameEn: string;
                            nameZh: string;
                            plugins: {
                                id: string;
                                names: {
                                    en: string;
                                    "zh-CN": string;
                                };
                            }[];
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
    "/api/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The process is up and its database answers */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The process is up and its database answers */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @constant */
                            status: "ready";
                        };
                    };
                };
                /** @description the database does not answer (Retry-After: 5) */
                503: {
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
