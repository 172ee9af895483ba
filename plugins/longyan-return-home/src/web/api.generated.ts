// Generated from the API's OpenAPI document (/api/openapi.json) by `pnpm --filter @jiceng/api web-api-types`.
// Do not edit: change the route's describe()/validate() schemas and regenerate (a test fails while this is stale).

export interface paths {
    "/claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A member’s claims (their own, or a member in scope) */
        get: {
            parameters: {
                query?: {
                    memberId?: number;
                };
                header?: never;
                path: {
                    city: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A member’s claims (their own, or a member in scope) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: ({
                                /** Format: date-time */
                                claimedAt: string;
                                communityOrgId: number;
                                communityOrgName: string;
                                id: number;
                                /** @enum {string} */
                                kind: "post" | "pairing" | "wish";
                                pairingId: number | null;
                                postId: number | null;
                                status: string | null;
                                title: string | null;
                                wishId: number | null;
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
    "/co-building/links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 结对共建 pairs in scope with agreement, activities and projects started/completed */
        get: {
            parameters: {
                query?: {
                    ended?: "true" | "false";
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
                /** @description 结对共建 pairs in scope with agreement, activities and projects started/completed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: ({
                                activities: number;
                                agreementSignedOn: string | null;
                                communityOrgId: number;
                                communityOrgName: string;
                                id: number;
                                projectsCompleted: number;
                                projectsStarted: number;
                                since: string | null;
                                unitId: number | null;
                                unitName: string | null;
                                unitOrgId: number;
                                unitOrgName: string;
                                until: string | null;
                            } & {
                                [key: string]: unknown;
                            })[];
                            totals: {
                                activities: number;
                                agreements: number;
                                pairs: number;
                                projectsCompleted: number;
                                projectsStarted: number;
                            } & {
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
    "/co-building/links/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One pair: agreement, activities, projects */
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
                /** @description One pair: agreement, activities, projects */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            activities: ({
                                /** Format: date */
                                heldOn: string;
                                id: number;
                                participants: number;
                                title: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            agreement: ({
                                content: string;
                                id: number;
                                /** Format: date */
                                signedOn: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            communityOrgId: number;
                            communityOrgName: string;
                            id: number;
                            projects: ({
                                /** @enum {string} */
                                category: "talent" | "technology" | "materials" | "funds" | "venue";
                                completedOn: string | null;
                                id: number;
                                /** Format: date */
                                startedOn: string;
                                title: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            since: string | null;
                            unitName: string | null;
                            unitOrgId: number;
                            unitOrgName: string;
                            until: string | null;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description unknown pair */
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
    "/co-building/links/{id}/activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a collective activity (集体活动) of the pair */
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
                        heldOn: string;
                        participants: number;
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Record a collective activity (集体活动) of the pair */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date */
                            heldOn: string;
                            id: number;
                            linkId: number;
                            participants: number;
                            title: string;
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
                /** @description unknown pair */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description the pair has ended */
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
    "/co-building/links/{id}/agreement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Sign (or amend) the pair’s co-building agreement (共建协议): one per pair, so 200 either way */
        put: {
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
                        content: string;
                        signedOn: string;
                    };
                };
            };
            responses: {
                /** @description Sign (or amend) the pair’s co-building agreement (共建协议): one per pair, so 200 either way */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            content: string;
                            id: number;
                            linkId: number;
                            /** Format: date */
                            signedOn: string;
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
                /** @description unknown pair */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description the pair has ended */
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
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/co-building/links/{id}/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a co-building project (启动共建项目) */
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
                        category: "talent" | "technology" | "materials" | "funds" | "venue";
                        startedOn: string;
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Start a co-building project (启动共建项目) */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            category: "talent" | "technology" | "materials" | "funds" | "venue";
                            completedOn: string | null;
                            id: number;
                            linkId: number;
                            /** Format: date */
                            startedOn: string;
                            title: string;
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
                /** @description unknown pair */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description the pair has ended */
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
    "/co-building/pairs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Pair a unit with a community (结对共建); re-pairing an ended pair reopens it (reopened: true) */
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
                        communityOrgId: number;
                        since?: string;
                        unitId: number;
                    };
                };
            };
            responses: {
                /** @description Pair a unit with a community (结对共建); re-pairing an ended pair reopens it (reopened: true) */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            communityOrgId: number;
                            id: number;
                            /** @description true when an ended pair of the same two was reopened */
                            reopened: boolean;
                            since: string | null;
                            unitId: number;
                            unitOrgId: number;
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
                /** @description the unit is already paired with this community */
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
    "/co-building/pairs/{id}": {
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
        /** Change a pair: its community or its start date */
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
                        communityOrgId?: number;
                        since?: string;
                    };
                };
            };
            responses: {
                /** @description Change a pair: its community or its start date */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            communityOrgId: number;
                            id: number;
                            since: string | null;
                            unitOrgId: number;
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
                /** @description the pair has ended */
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
        trace?: never;
    };
    "/co-building/pairs/{id}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End a pair (结束结对); its history stays */
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
                        until?: string;
                    };
                };
            };
            responses: {
                /** @description End a pair (结束结对); its history stays */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            communityOrgId: number;
                            id: number;
                            since: string | null;
                            unitOrgId: number;
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
                /** @description already ended */
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
    "/co-building/projects/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a co-building project completed */
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
                        completedOn: string;
                    };
                };
            };
            responses: {
                /** @description Mark a co-building project completed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            category: "talent" | "technology" | "materials" | "funds" | "venue";
                            /** Format: date */
                            completedOn: string;
                            id: number;
                            /** Format: date */
                            startedOn: string;
                            title: string;
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
                /** @description already completed */
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
    "/communities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Community party orgs in scope (for pickers), with their street */
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
                /** @description Community party orgs in scope (for pickers), with their street */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: ({
                                id: number;
                                name: string;
                                placeId: number | null;
                                streetOrgId: number | null;
                                streetOrgName: string | null;
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
    "/comparison": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 检索比对: per unit, members not reported or not yet confirmed, for the unit’s org to chase */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    period?: string;
                    status?: "not_reported" | "online" | "unconfirmed";
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
                /** @description 检索比对: per unit, members not reported or not yet confirmed, for the unit’s org to chase */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: ({
                                certificateIssued: boolean;
                                communityOrgId: number | null;
                                communityOrgName: string | null;
                                memberId: number;
                                memberName: string;
                                reportedAt: string | null;
                                reportId: number | null;
                                /** @enum {string} */
                                status: "not_reported" | "online" | "confirmed";
                                unitId: number | null;
                                unitName: string | null;
                            } & {
                                [key: string]: unknown;
                            })[];
                            page: number;
                            pageSize: number;
                            period: string;
                            total: number;
                            units: ({
                                awaitingCertificate: number;
                                confirmed: number;
                                notReported: number;
                                online: number;
                                orgId: number | null;
                                total: number;
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
    "/compound-orgs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 小区"兼合式"党组织 in scope, with the compounds each covers */
        get: {
            parameters: {
                query?: {
                    communityOrgId?: number;
                    uncovered?: "true" | "false";
                };
                header?: never;
                path: {
                    city: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 小区"兼合式"党组织 in scope, with the compounds each covers */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: ({
                                buildingGroups: number;
                                communityOrgId: number;
                                communityOrgName: string;
                                compounds: ({
                                    id: number;
                                    name: string;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                /** @enum {string} */
                                formation: "single" | "joint";
                                /** Format: date */
                                formedOn: string;
                                id: number;
                                name: string;
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
        /** Form a compound party org alone or jointly over neighbouring compounds (单独或联合组建) */
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
                        communityOrgId: number;
                        compoundPlaceIds: number[];
                        formedOn?: string;
                        name?: string;
                    };
                };
            };
            responses: {
                /** @description Form a compound party org alone or jointly over neighbouring compounds (单独或联合组建) */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            buildingGroups: number;
                            communityOrgId: number;
                            compounds: ({
                                id: number;
                                name: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @enum {string} */
                            formation: "single" | "joint";
                            /** Format: date */
                            formedOn: string;
                            id: number;
                            name: string;
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
                /** @description a compound is already covered */
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
    "/compound-orgs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One compound org: compounds, building groups, red committees */
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
                /** @description One compound org: compounds, building groups, red committees */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            buildingGroups: ({
                                buildingName: string | null;
                                buildingPlaceId: number | null;
                                id: number;
                                name: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            buildings: ({
                                compoundPlaceId: number;
                                id: number;
                                name: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            communityOrgId: number;
                            compounds: ({
                                id: number;
                                name: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @enum {string} */
                            formation: "single" | "joint";
                            /** Format: date */
                            formedOn: string;
                            id: number;
                            name: string;
                            redCommittees: ({
                                compoundPlaceId: number;
                                id: number;
                                name: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description unknown compound org */
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
    "/compound-orgs/{id}/building-groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set up a building party group (楼栋党小组) under a compound org */
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
                        buildingPlaceId?: number | null;
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Set up a building party group (楼栋党小组) under a compound org */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            buildingPlaceId: number | null;
                            compoundOrgId: number;
                            id: number;
                            name: string;
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
                /** @description unknown compound org */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description the building already has a party group */
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
    "/compound-orgs/{id}/compounds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Extend a joint compound org over one more neighbouring compound */
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
                        compoundPlaceId: number;
                    };
                };
            };
            responses: {
                /** @description Extend a joint compound org over one more neighbouring compound */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            compoundName: string;
                            compoundPlaceId: number;
                            orgId: number;
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
                /** @description unknown compound org */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description the compound is already covered */
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
    "/compounds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Compounds (小区) of the communities in scope, with the org covering each and resident members */
        get: {
            parameters: {
                query?: {
                    communityOrgId?: number;
                    uncovered?: "true" | "false";
                };
                header?: never;
                path: {
                    city: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Compounds (小区) of the communities in scope, with the org covering each and resident members */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: ({
                                buildings: number;
                                communityOrgId: number;
                                communityOrgName: string;
                                id: number;
                                name: string;
                                orgId: number | null;
                                orgName: string | null;
                                redCommitteeId: number | null;
                                residentMembers: number;
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
        /** Draw a compound (划分小区) inside a community */
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
                        communityOrgId: number;
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Draw a compound (划分小区) inside a community */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            communityOrgId: number;
                            id: number;
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
                /** @description a compound of that name exists, or the community org has no place */
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
    "/coverage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Compound org coverage per community (and the street → community → compound tree) */
        get: {
            parameters: {
                query?: {
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
                /** @description Compound org coverage per community (and the street → community → compound tree) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            communities: ({
                                communityOrgId: number;
                                communityOrgName: string;
                                compoundOrgs: number;
                                compounds: number;
                                covered: number;
                                items: ({
                                    id: number;
                                    joint: boolean;
                                    name: string;
                                    orgId: number | null;
                                    orgName: string | null;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                streetOrgId: number | null;
                                streetOrgName: string | null;
                            } & {
                                [key: string]: unknown;
                            })[];
                            totals: {
                                communities: number;
                                compoundOrgs: number;
                                compounds: number;
                                covered: number;
                                rate: number | null;
                                uncovered: number;
                            } & {
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
    "/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Rates for an org subtree and period: summary, by community, trend by month */
        get: {
            parameters: {
                query?: {
                    from?: string;
                    orgId?: number;
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
                /** @description Rates for an org subtree and period: summary, by community, trend by month */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            byCommunity: ({
                                communityOrgId: number;
                                compounds: number;
                                confirmed: number;
                                confirmedRate: number | null;
                                coverage: number | null;
                                covered: number;
                                members: number;
                                name: string;
                                redCommittees: number;
                                reported: number;
                                reportRate: number | null;
                                served: number;
                                serviceRate: number | null;
                                streetName: string | null;
                                wishesClaimed: number;
                                wishesCollected: number;
                                wishesFulfilled: number;
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @description the subtree asked for; null: the city */
                            org: ({
                                id: number;
                                name: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            /** @description members under this node whose report community lies outside it */
                            outside: {
                                confirmed: number;
                                members: number;
                                reported: number;
                            } & {
                                [key: string]: unknown;
                            };
                            period: {
                                /** Format: date */
                                from: string;
                                /** Format: date */
                                to: string;
                            };
                            rollupMs: number;
                            /** @description the plugin’s indicators by id */
                            summary: {
                                [key: string]: ({
                                    denominator?: number;
                                    numerator?: number;
                                    /** @constant */
                                    status: "ok";
                                    value: number;
                                } & {
                                    [key: string]: unknown;
                                }) | ({
                                    reason?: string;
                                    /** @constant */
                                    status: "not_applicable";
                                } & {
                                    [key: string]: unknown;
                                });
                            };
                            trend: {
                                months: string[];
                                /** @description one count per month: reports online, confirmed, confirmed services, wishes fulfilled */
                                series: {
                                    confirmed: number[];
                                    fulfilled: number[];
                                    reported: number[];
                                    served: number[];
                                } & {
                                    [key: string]: unknown;
                                };
                            } & {
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
    "/grid-branches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Grid temporary party branches and how many reported members each holds */
        get: {
            parameters: {
                query?: {
                    communityOrgId?: number;
                };
                header?: never;
                path: {
                    city: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Grid temporary party branches and how many reported members each holds */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: ({
                                communityOrgId: number;
                                communityOrgName: string;
                                /** Format: date */
                                formedOn: string;
                                /** @description the grid branch’s org id */
                                id: number;
                                members: number;
                                name: string;
                                volunteerTeamId: number | null;
                                volunteerTeamName: string | null;
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
        /** Set up a grid temporary party branch, led horizontally by a volunteer team */
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
                        communityOrgId: number;
                        formedOn?: string;
                        name: string;
                        volunteerTeamId?: number | null;
                    };
                };
            };
            responses: {
                /** @description Set up a grid temporary party branch, led horizontally by a volunteer team */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            communityOrgId: number;
                            /** Format: date */
                            formedOn: string;
                            /** @description the grid branch’s org id */
                            id: number;
                            members: number;
                            name: string;
                            volunteerTeamId: number | null;
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
    "/grid-branches/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Reported members placed in a grid branch */
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
                /** @description Reported members placed in a grid branch */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: ({
                                memberId: number;
                                memberName: string;
                                /** Format: date */
                                placedOn: string;
                                unitName: string | null;
                            } & {
                                [key: string]: unknown;
                            })[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description unknown grid branch */
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
    "/grid-branches/{id}/placements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Place a reported member into a grid branch (moves them if placed elsewhere: movedFrom says from where) */
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
                        memberId: number;
                    };
                };
            };
            responses: {
                /** @description Place a reported member into a grid branch (moves them if placed elsewhere: movedFrom says from where) */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            gridOrgId: number;
                            memberId: number;
                            memberName: string;
                            /** @description the grid branch the member was moved from, or null */
                            movedFrom: number | null;
                            /** Format: date */
                            placedOn: string;
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
                /** @description unknown grid branch */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description already placed here, or not reported here */
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
    "/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The logged-in member’s page: where to report, report status, tags, grid, claims and service */
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
                /** @description The logged-in member’s page: where to report, report status, tags, grid, claims and service */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            counts?: {
                                claims: number;
                                confirmedRecords: number;
                                hours: number;
                                pendingRecords: number;
                            } & {
                                [key: string]: unknown;
                            };
                            grid?: ({
                                id: number;
                                name: string;
                                /** Format: date */
                                placedOn: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            /** @description null for an account that is not a party member (then only period follows) */
                            member: ({
                                cadreRank: string | null;
                                category: string;
                                id: number;
                                name: string;
                                orgName: string;
                                residenceName: string | null;
                                unitName: string | null;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            /** @description the reporting year, YYYY */
                            period: string;
                            report?: ({
                                certificateIssuedAt: string | null;
                                certificateNo: string | null;
                                communityOrgId: number;
                                communityOrgName: string;
                                confirmedAt: string | null;
                                id: number;
                                issuerOrgName: string;
                                period: string;
                                /** Format: date-time */
                                reportedAt: string;
                                /** @enum {string} */
                                rule: "residence" | "co_building";
                                /** @enum {string} */
                                status: "online" | "confirmed";
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            rule?: {
                                paired: ({
                                    id: number;
                                    name: string;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                problem: ("no_community_org" | "not_paired" | "several_paired") | null;
                                residenceCommunity: ({
                                    id: number;
                                    name: string;
                                } & {
                                    [key: string]: unknown;
                                }) | null;
                                /** @enum {string} */
                                rule: "residence" | "co_building";
                                target: ({
                                    id: number;
                                    name: string;
                                } & {
                                    [key: string]: unknown;
                                }) | null;
                            } & {
                                [key: string]: unknown;
                            };
                            tags?: ("model_resident" | "opinion_collection" | "policy_promotion" | "dispute_mediation" | "volunteer_service")[];
                            teams?: ({
                                id: number;
                                name: string;
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
    "/members/{id}/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set a member’s "五个先锋" tags (the member, or an admin of their unit or report community) */
        put: {
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
                        tags: ("model_resident" | "opinion_collection" | "policy_promotion" | "dispute_mediation" | "volunteer_service")[];
                    };
                };
            };
            responses: {
                /** @description Set a member’s "五个先锋" tags (the member, or an admin of their unit or report community) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            memberId: number;
                            tags: ("model_resident" | "opinion_collection" | "policy_promotion" | "dispute_mediation" | "volunteer_service")[];
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
    "/pairings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 结对帮扶 needs collected by communities */
        get: {
            parameters: {
                query?: {
                    communityOrgId?: number;
                    page?: number;
                    pageSize?: number;
                    status?: string;
                };
                header?: never;
                path: {
                    city: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 结对帮扶 needs collected by communities */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: ({
                                beneficiary: string;
                                claimedBy: number | null;
                                claimedByName: string | null;
                                claimId: number | null;
                                /** Format: date */
                                collectedOn: string;
                                communityOrgId: number;
                                communityOrgName: string;
                                id: number;
                                need: string;
                                /** @enum {string} */
                                status: "open" | "paired";
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
        /** Collect a 结对帮扶 need */
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
                        beneficiary: string;
                        collectedOn?: string;
                        communityOrgId: number;
                        need: string;
                    };
                };
            };
            responses: {
                /** @description Collect a 结对帮扶 need */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            beneficiary: string;
                            /** Format: date */
                            collectedOn: string;
                            communityOrgId: number;
                            communityOrgName: string;
                            id: number;
                            need: string;
                            /** @enum {string} */
                            status: "open" | "paired";
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
    "/pairings/{id}/claim": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A member takes on a pairing need (结对) */
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
                        memberId?: number | null;
                    };
                };
            };
            responses: {
                /** @description A member takes on a pairing need (结对) */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            claimedAt: string;
                            communityOrgId: number;
                            id: number;
                            /** @enum {string} */
                            kind: "post" | "pairing" | "wish";
                            memberId: number;
                            pairingId: number | null;
                            postId: number | null;
                            wishId: number | null;
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
                /** @description already claimed or not reported there */
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
    "/placements/unplaced": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Members who reported to a community this period but are in no grid branch yet */
        get: {
            parameters: {
                query?: {
                    communityOrgId?: number;
                };
                header?: never;
                path: {
                    city: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Members who reported to a community this period but are in no grid branch yet */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: ({
                                communityOrgId: number;
                                communityOrgName: string;
                                memberId: number;
                                memberName: string;
                                /** @enum {string} */
                                reportStatus: "not_reported" | "online" | "confirmed";
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
    "/posts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Service posts published by communities (a member sees their report community’s) */
        get: {
            parameters: {
                query?: {
                    communityOrgId?: number;
                    page?: number;
                    pageSize?: number;
                    status?: string;
                };
                header?: never;
                path: {
                    city: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Service posts published by communities (a member sees their report community’s) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: ({
                                capacity: number | null;
                                claims: number;
                                communityOrgId: number;
                                communityOrgName: string;
                                description: string | null;
                                id: number;
                                mine: boolean;
                                /** @enum {string} */
                                mode: "fixed" | "group" | "theme";
                                /** Format: date */
                                publishedOn: string;
                                /** @enum {string} */
                                status: "open" | "closed";
                                title: string;
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
        /** The community publishes a service post (设置服务岗位) */
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
                        capacity?: number | null;
                        communityOrgId: number;
                        description?: string | null;
                        /** @enum {string} */
                        mode: "fixed" | "group" | "theme";
                        title: string;
                    };
                };
            };
            responses: {
                /** @description The community publishes a service post (设置服务岗位) */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            capacity: number | null;
                            claims: number;
                            communityOrgId: number;
                            communityOrgName: string;
                            description: string | null;
                            id: number;
                            /** @enum {string} */
                            mode: "fixed" | "group" | "theme";
                            /** Format: date */
                            publishedOn: string;
                            /** @enum {string} */
                            status: "open" | "closed";
                            title: string;
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
    "/posts/{id}/claim": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A member claims a service post (认领岗位) */
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
                        memberId?: number | null;
                    };
                };
            };
            responses: {
                /** @description A member claims a service post (认领岗位) */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            claimedAt: string;
                            communityOrgId: number;
                            id: number;
                            /** @enum {string} */
                            kind: "post" | "pairing" | "wish";
                            memberId: number;
                            pairingId: number | null;
                            postId: number | null;
                            wishId: number | null;
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
                /** @description closed, full, already claimed, or not reported there */
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
    "/posts/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close a post to new claims */
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
                /** @description Close a post to new claims */
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
                /** @description unknown post */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description already closed */
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
    "/records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Service records: a member’s own, or those in scope (the community queue with status=submitted) */
        get: {
            parameters: {
                query?: {
                    communityOrgId?: number;
                    memberId?: number;
                    page?: number;
                    pageSize?: number;
                    status?: "submitted" | "confirmed" | "rejected";
                };
                header?: never;
                path: {
                    city: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Service records: a member’s own, or those in scope (the community queue with status=submitted) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: ({
                                /** @description in lists */
                                actions?: {
                                    confirm: {
                                        allowed: boolean;
                                        reason?: string;
                                    };
                                    reject: {
                                        allowed: boolean;
                                        reason?: string;
                                    };
                                };
                                beneficiary: string;
                                claimId: number | null;
                                claimKind: ("post" | "pairing" | "wish") | null;
                                communityOrgId: number;
                                /** @description in lists and reviews; not in the answer to a submission */
                                communityOrgName?: string;
                                content: string;
                                hours: number;
                                id: number;
                                memberId: number;
                                memberName: string;
                                reviewedAt: string | null;
                                reviewedBy: string | null;
                                reviewNote: string | null;
                                /** Format: date */
                                servedOn: string;
                                /** @enum {string} */
                                status: "submitted" | "confirmed" | "rejected";
                                /** Format: date-time */
                                submittedAt: string;
                                verifiedWith: string | null;
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
        /** A member submits an offline service for confirmation (服务记实) */
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
                        beneficiary: string;
                        claimId?: number | null;
                        communityOrgId?: number | null;
                        content: string;
                        hours: number;
                        memberId?: number | null;
                        servedOn: string;
                    };
                };
            };
            responses: {
                /** @description A member submits an offline service for confirmation (服务记实) */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description in lists */
                            actions?: {
                                confirm: {
                                    allowed: boolean;
                                    reason?: string;
                                };
                                reject: {
                                    allowed: boolean;
                                    reason?: string;
                                };
                            };
                            beneficiary: string;
                            claimId: number | null;
                            claimKind: ("post" | "pairing" | "wish") | null;
                            communityOrgId: number;
                            /** @description in lists and reviews; not in the answer to a submission */
                            communityOrgName?: string;
                            content: string;
                            hours: number;
                            id: number;
                            memberId: number;
                            memberName: string;
                            reviewedAt: string | null;
                            reviewedBy: string | null;
                            reviewNote: string | null;
                            /** Format: date */
                            servedOn: string;
                            /** @enum {string} */
                            status: "submitted" | "confirmed" | "rejected";
                            /** Format: date-time */
                            submittedAt: string;
                            verifiedWith: string | null;
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
    "/records/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The community org confirms a record after checking with the beneficiary */
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
                        note?: string | null;
                        verifiedWith: string;
                    };
                };
            };
            responses: {
                /** @description The community org confirms a record after checking with the beneficiary */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description in lists */
                            actions?: {
                                confirm: {
                                    allowed: boolean;
                                    reason?: string;
                                };
                                reject: {
                                    allowed: boolean;
                                    reason?: string;
                                };
                            };
                            beneficiary: string;
                            claimId: number | null;
                            claimKind: ("post" | "pairing" | "wish") | null;
                            communityOrgId: number;
                            /** @description in lists and reviews; not in the answer to a submission */
                            communityOrgName?: string;
                            content: string;
                            hours: number;
                            id: number;
                            memberId: number;
                            memberName: string;
                            reviewedAt: string | null;
                            reviewedBy: string | null;
                            reviewNote: string | null;
                            /** Format: date */
                            servedOn: string;
                            /** @enum {string} */
                            status: "submitted" | "confirmed" | "rejected";
                            /** Format: date-time */
                            submittedAt: string;
                            verifiedWith: string | null;
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
                /** @description not the community org */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description already reviewed */
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
    "/records/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The community org rejects a record it could not verify */
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
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description The community org rejects a record it could not verify */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description in lists */
                            actions?: {
                                confirm: {
                                    allowed: boolean;
                                    reason?: string;
                                };
                                reject: {
                                    allowed: boolean;
                                    reason?: string;
                                };
                            };
                            beneficiary: string;
                            claimId: number | null;
                            claimKind: ("post" | "pairing" | "wish") | null;
                            communityOrgId: number;
                            /** @description in lists and reviews; not in the answer to a submission */
                            communityOrgName?: string;
                            content: string;
                            hours: number;
                            id: number;
                            memberId: number;
                            memberName: string;
                            reviewedAt: string | null;
                            reviewedBy: string | null;
                            reviewNote: string | null;
                            /** Format: date */
                            servedOn: string;
                            /** @enum {string} */
                            status: "submitted" | "confirmed" | "rejected";
                            /** Format: date-time */
                            submittedAt: string;
                            verifiedWith: string | null;
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
                /** @description not the community org */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description already reviewed */
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
    "/red-committees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 红色业委会 in scope with member flags (party, in-service, 交叉任职, 一肩挑) */
        get: {
            parameters: {
                query?: {
                    communityOrgId?: number;
                };
                header?: never;
                path: {
                    city: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 红色业委会 in scope with member flags (party, in-service, 交叉任职, 一肩挑) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: ({
                                communityOrgId: number;
                                compoundName: string;
                                compoundOrgId: number;
                                compoundOrgName: string;
                                compoundPlaceId: number;
                                crossAppointed: number;
                                /** Format: date */
                                formedOn: string;
                                id: number;
                                inService: number;
                                members: number;
                                name: string;
                                oneShoulder: number;
                                partyMembers: number;
                                propertyCompany: string | null;
                            } & {
                                [key: string]: unknown;
                            })[];
                            totals: {
                                committees: number;
                                crossAppointed: number;
                                inService: number;
                                members: number;
                                oneShoulder: number;
                                partyMembers: number;
                            } & {
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
        /** Record a red owners’ committee formed under a compound party org’s lead */
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
                        compoundPlaceId: number;
                        formedOn?: string;
                        name?: string;
                        propertyCompany?: string | null;
                    };
                };
            };
            responses: {
                /** @description Record a red owners’ committee formed under a compound party org’s lead */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            compoundOrgId: number;
                            compoundPlaceId: number;
                            /** Format: date */
                            formedOn: string;
                            id: number;
                            name: string;
                            propertyCompany: string | null;
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
                /** @description compound has no party org, or already has a committee */
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
    "/red-committees/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One committee with its members and their flags */
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
                /** @description One committee with its members and their flags */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            compoundName: string;
                            compoundOrgId: number;
                            compoundOrgName: string;
                            compoundPlaceId: number;
                            /** Format: date */
                            formedOn: string;
                            id: number;
                            members: ({
                                branchRole: ("secretary" | "deputy_secretary" | "committee_member") | null;
                                /** @description 交叉任职: holds a branch role too */
                                crossAppointed: boolean;
                                id: number;
                                inService: boolean;
                                memberId: number | null;
                                name: string;
                                /** @description 一肩挑: the branch secretary chairs the committee */
                                oneShoulder: boolean;
                                partyMember: boolean;
                                /** @enum {string} */
                                role: "chair" | "vice_chair" | "member";
                            } & {
                                [key: string]: unknown;
                            })[];
                            name: string;
                            propertyCompany: string | null;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description unknown committee */
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
    "/red-committees/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a committee member (a party member when memberId is given) */
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
                        branchRole?: ("secretary" | "deputy_secretary" | "committee_member") | null;
                        memberId?: number | null;
                        name?: string;
                        /** @enum {string} */
                        role: "chair" | "vice_chair" | "member";
                    };
                };
            };
            responses: {
                /** @description Add a committee member (a party member when memberId is given) */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            branchRole: ("secretary" | "deputy_secretary" | "committee_member") | null;
                            committeeId: number;
                            /** @description 交叉任职: holds a branch role too */
                            crossAppointed: boolean;
                            id: number;
                            memberId: number | null;
                            name: string;
                            /** @description 一肩挑: the branch secretary chairs the committee */
                            oneShoulder: boolean;
                            /** @enum {string} */
                            role: "chair" | "vice_chair" | "member";
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
                /** @description second chair or duplicate member */
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
    "/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Reports to communities (or of members) in scope; filter by community, status, period */
        get: {
            parameters: {
                query?: {
                    communityOrgId?: number;
                    page?: number;
                    pageSize?: number;
                    period?: string;
                    q?: string;
                    status?: "online" | "confirmed" | "awaiting_certificate";
                };
                header?: never;
                path: {
                    city: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Reports to communities (or of members) in scope; filter by community, status, period */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: ({
                                /** @description per action: may the caller do it on this record, and why not */
                                actions?: {
                                    confirm: {
                                        allowed: boolean;
                                        reason?: string;
                                    };
                                    issueCertificate: {
                                        allowed: boolean;
                                        reason?: string;
                                    };
                                };
                                /** @description in lists and detail */
                                certificateIssued?: boolean;
                                certificateIssuedAt: string | null;
                                /** @description null for who may not read it: the confirming community types it from the member’s paper */
                                certificateNo: string | null;
                                communityOrgId: number;
                                communityOrgName: string;
                                confirmedAt: string | null;
                                id: number;
                                issuerOrgId: number;
                                /** @description in lists and detail; not in the answer to a new report */
                                issuerOrgName?: string;
                                memberId: number;
                                memberName: string;
                                period: string;
                                /** Format: date-time */
                                reportedAt: string;
                                /** @enum {string} */
                                rule: "residence" | "co_building";
                                /** @enum {string} */
                                status: "online" | "confirmed";
                                unitName: string | null;
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
        /** Step 1: report online (线上报到) to the community the rule names */
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
                        communityOrgId?: number | null;
                        memberId?: number | null;
                    };
                };
            };
            responses: {
                /** @description Step 1: report online (线上报到) to the community the rule names */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description per action: may the caller do it on this record, and why not */
                            actions?: {
                                confirm: {
                                    allowed: boolean;
                                    reason?: string;
                                };
                                issueCertificate: {
                                    allowed: boolean;
                                    reason?: string;
                                };
                            };
                            /** @description in lists and detail */
                            certificateIssued?: boolean;
                            certificateIssuedAt: string | null;
                            /** @description null for who may not read it: the confirming community types it from the member’s paper */
                            certificateNo: string | null;
                            communityOrgId: number;
                            communityOrgName: string;
                            confirmedAt: string | null;
                            id: number;
                            issuerOrgId: number;
                            /** @description in lists and detail; not in the answer to a new report */
                            issuerOrgName?: string;
                            memberId: number;
                            memberName: string;
                            period: string;
                            /** Format: date-time */
                            reportedAt: string;
                            /** @enum {string} */
                            rule: "residence" | "co_building";
                            /** @enum {string} */
                            status: "online" | "confirmed";
                            unitName: string | null;
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
                /** @description already reported this period, or no community to report to */
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
    "/reports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One report */
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
                /** @description One report */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description per action: may the caller do it on this record, and why not */
                            actions?: {
                                confirm: {
                                    allowed: boolean;
                                    reason?: string;
                                };
                                issueCertificate: {
                                    allowed: boolean;
                                    reason?: string;
                                };
                            };
                            /** @description in lists and detail */
                            certificateIssued?: boolean;
                            certificateIssuedAt: string | null;
                            /** @description null for who may not read it: the confirming community types it from the member’s paper */
                            certificateNo: string | null;
                            communityOrgId: number;
                            communityOrgName: string;
                            confirmedAt: string | null;
                            id: number;
                            issuerOrgId: number;
                            /** @description in lists and detail; not in the answer to a new report */
                            issuerOrgName?: string;
                            memberId: number;
                            memberName: string;
                            period: string;
                            /** Format: date-time */
                            reportedAt: string;
                            /** @enum {string} */
                            rule: "residence" | "co_building";
                            /** @enum {string} */
                            status: "online" | "confirmed";
                            unitName: string | null;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description unknown report */
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
    "/reports/{id}/certificate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The printable 报到证 */
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
                /** @description The printable 报到证 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description per action: may the caller do it on this record, and why not */
                            actions?: {
                                confirm: {
                                    allowed: boolean;
                                    reason?: string;
                                };
                                issueCertificate: {
                                    allowed: boolean;
                                    reason?: string;
                                };
                            };
                            /** @description in lists and detail */
                            certificateIssued?: boolean;
                            certificateIssuedAt: string | null;
                            certificateNo: string;
                            cityName: string;
                            communityOrgId: number;
                            communityOrgName: string;
                            confirmedAt: string | null;
                            id: number;
                            issuerOrgId: number;
                            /** @description in lists and detail; not in the answer to a new report */
                            issuerOrgName?: string;
                            memberId: number;
                            memberName: string;
                            period: string;
                            /** Format: date-time */
                            reportedAt: string;
                            /** @enum {string} */
                            rule: "residence" | "co_building";
                            /** @enum {string} */
                            status: "online" | "confirmed";
                            unitName: string | null;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description not issued yet */
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
        put?: never;
        /** The unit’s party org issues the 报到证 for an online report */
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
                /** @description The unit’s party org issues the 报到证 for an online report */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description per action: may the caller do it on this record, and why not */
                            actions?: {
                                confirm: {
                                    allowed: boolean;
                                    reason?: string;
                                };
                                issueCertificate: {
                                    allowed: boolean;
                                    reason?: string;
                                };
                            };
                            /** @description in lists and detail */
                            certificateIssued?: boolean;
                            certificateIssuedAt: string | null;
                            certificateNo: string;
                            communityOrgId: number;
                            communityOrgName: string;
                            confirmedAt: string | null;
                            id: number;
                            issuerOrgId: number;
                            /** @description in lists and detail; not in the answer to a new report */
                            issuerOrgName?: string;
                            memberId: number;
                            memberName: string;
                            period: string;
                            /** Format: date-time */
                            reportedAt: string;
                            /** @enum {string} */
                            rule: "residence" | "co_building";
                            /** @enum {string} */
                            status: "online" | "confirmed";
                            unitName: string | null;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description already issued or already confirmed */
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
    "/reports/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Step 2: the community org checks the 报到证 and confirms the report offline */
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
                        certificateNo: string;
                    };
                };
            };
            responses: {
                /** @description Step 2: the community org checks the 报到证 and confirms the report offline */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description per action: may the caller do it on this record, and why not */
                            actions?: {
                                confirm: {
                                    allowed: boolean;
                                    reason?: string;
                                };
                                issueCertificate: {
                                    allowed: boolean;
                                    reason?: string;
                                };
                            };
                            /** @description in lists and detail */
                            certificateIssued?: boolean;
                            certificateIssuedAt: string | null;
                            /** @description null for who may not read it: the confirming community types it from the member’s paper */
                            certificateNo: string | null;
                            communityOrgId: number;
                            communityOrgName: string;
                            confirmedAt: string | null;
                            id: number;
                            issuerOrgId: number;
                            /** @description in lists and detail; not in the answer to a new report */
                            issuerOrgName?: string;
                            memberId: number;
                            memberName: string;
                            period: string;
                            /** Format: date-time */
                            reportedAt: string;
                            /** @enum {string} */
                            rule: "residence" | "co_building";
                            /** @enum {string} */
                            status: "online" | "confirmed";
                            unitName: string | null;
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
                /** @description not the community org */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description no certificate yet, or already confirmed */
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
    "/reports/rule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 报到原则: where a member reports and why */
        get: {
            parameters: {
                query?: {
                    memberId?: number;
                };
                header?: never;
                path: {
                    city: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 报到原则: where a member reports and why */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current: ({
                                id: number;
                                /** @enum {string} */
                                status: "online" | "confirmed";
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            issuerOrgId: number;
                            memberId: number;
                            memberName: string;
                            paired: ({
                                id: number;
                                name: string;
                                path: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @description the reporting year, YYYY */
                            period: string;
                            problem: ("no_community_org" | "not_paired" | "several_paired") | null;
                            residenceCommunity: ({
                                id: number;
                                name: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            /** @enum {string} */
                            rule: "residence" | "co_building";
                            target: ({
                                id: number;
                                name: string;
                                path: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
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
    "/teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Volunteer teams of the communities in scope */
        get: {
            parameters: {
                query?: {
                    communityOrgId?: number;
                };
                header?: never;
                path: {
                    city: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Volunteer teams of the communities in scope */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: ({
                                communityOrgId: number;
                                communityOrgName: string;
                                /** Format: date */
                                foundedOn: string;
                                id: number;
                                leaderMemberId: number | null;
                                leaderName: string | null;
                                members: number;
                                name: string;
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
        /** Form a volunteer team in a community */
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
                        communityOrgId: number;
                        foundedOn?: string;
                        leaderMemberId?: number | null;
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Form a volunteer team in a community */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            communityOrgId: number;
                            /** Format: date */
                            foundedOn: string;
                            id: number;
                            leaderMemberId: number | null;
                            members: number;
                            name: string;
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
    "/teams/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a reported member to a volunteer team */
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
                        memberId: number;
                    };
                };
            };
            responses: {
                /** @description Add a reported member to a volunteer team */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            memberId: number;
                            memberName: string;
                            teamId: number;
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
                /** @description unknown team */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description already in the team, or not reported here */
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
    "/wishes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 微心愿 collected by communities */
        get: {
            parameters: {
                query?: {
                    communityOrgId?: number;
                    page?: number;
                    pageSize?: number;
                    status?: string;
                };
                header?: never;
                path: {
                    city: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 微心愿 collected by communities */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: ({
                                beneficiary: string;
                                claimedBy: number | null;
                                claimedByName: string | null;
                                claimId: number | null;
                                /** Format: date */
                                collectedOn: string;
                                communityOrgId: number;
                                communityOrgName: string;
                                content: string;
                                fulfilledOn: string | null;
                                id: number;
                                /** @enum {string} */
                                status: "open" | "claimed" | "fulfilled";
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
        /** Collect a 微心愿 from a resident */
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
                        beneficiary: string;
                        collectedOn?: string;
                        communityOrgId: number;
                        content: string;
                    };
                };
            };
            responses: {
                /** @description Collect a 微心愿 from a resident */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            beneficiary: string;
                            /** Format: date */
                            collectedOn: string;
                            communityOrgId: number;
                            communityOrgName: string;
                            content: string;
                            id: number;
                            /** @enum {string} */
                            status: "open" | "claimed" | "fulfilled";
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
    "/wishes/{id}/claim": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A member claims a wish (认领微心愿) */
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
                        memberId?: number | null;
                    };
                };
            };
            responses: {
                /** @description A member claims a wish (认领微心愿) */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            claimedAt: string;
                            communityOrgId: number;
                            id: number;
                            /** @enum {string} */
                            kind: "post" | "pairing" | "wish";
                            memberId: number;
                            pairingId: number | null;
                            postId: number | null;
                            wishId: number | null;
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
                /** @description already claimed or not reported there */
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
