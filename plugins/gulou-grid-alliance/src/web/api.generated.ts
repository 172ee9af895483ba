// Generated from the API's OpenAPI document (/api/openapi.json) by `pnpm --filter @jiceng/api web-api-types`.
// Do not edit: change the route's describe()/validate() schemas and regenerate (a test fails while this is stale).

export interface paths {
    "/alliances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Regional party-building alliances (区域化党建联盟) with member and meeting counts */
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
                /** @description Regional party-building alliances (区域化党建联盟) with member and meeting counts */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: ({
                                charterAdoptedOn: string | null;
                                /** Format: date */
                                foundedOn: string;
                                id: number;
                                leadOrgId: number;
                                leadOrgName: string;
                                meetingsHeld: number;
                                name: string;
                                units: number;
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
        /** Found an alliance led by a street or community party org */
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
                        charter?: string | null;
                        foundedOn: string;
                        leadOrgId: number;
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Found an alliance led by a street or community party org */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date */
                            foundedOn: string;
                            id: number;
                            leadOrgId: number;
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
    "/alliances/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One alliance: charter, member units with representatives, meetings and open decisions */
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
                /** @description One alliance: charter, member units with representatives, meetings and open decisions */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            charter: string | null;
                            charterAdoptedOn: string | null;
                            /** Format: date */
                            foundedOn: string;
                            id: number;
                            leadOrgId: number;
                            leadOrgName: string;
                            meetings: ({
                                agenda: string[];
                                attendanceRate: number | null;
                                attendeeIds: number[];
                                cancelReason: string | null;
                                decisions: ({
                                    content: string;
                                    doneOn: string | null;
                                    dueOn: string | null;
                                    id: number;
                                    ownerUnitId: number | null;
                                    ownerUnitName: string | null;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                /** Format: date-time */
                                heldAt: string;
                                id: number;
                                location: string | null;
                                minutes: string | null;
                                /** @enum {string} */
                                mode: "online" | "offline";
                                /** @enum {string} */
                                status: "planned" | "held" | "cancelled";
                                topic: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            name: string;
                            units: ({
                                id: number;
                                /** Format: date */
                                joinedOn: string;
                                leftOn: string | null;
                                representatives: ({
                                    id: number;
                                    memberId: number | null;
                                    name: string;
                                    phone: string | null;
                                    title: string | null;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                unitId: number;
                                unitKind: string;
                                unitLevel: string | null;
                                unitName: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description unknown alliance */
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
    "/alliances/{id}/charter": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Adopt or revise the alliance charter (章程) */
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
                        adoptedOn: string;
                        charter: string;
                    };
                };
            };
            responses: {
                /** @description Adopt or revise the alliance charter (章程) */
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
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/alliances/{id}/decisions/{decisionId}/done": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a meeting decision as carried out */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    city: string;
                    decisionId: number;
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
                /** @description Mark a meeting decision as carried out */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date */
                            doneOn: string;
                            /** @constant */
                            ok: true;
                        } & {
                            [key: string]: unknown;
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
    "/alliances/{id}/meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Call a meeting, online or offline, with its agenda */
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
                        agenda: string[];
                        /** Format: date-time */
                        heldAt: string;
                        /** @default null */
                        location?: string | null;
                        /** @enum {string} */
                        mode: "online" | "offline";
                        topic: string;
                    };
                };
            };
            responses: {
                /** @description Call a meeting, online or offline, with its agenda */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            agenda: string[];
                            /** Format: date-time */
                            heldAt: string;
                            id: number;
                            /** @enum {string} */
                            mode: "online" | "offline";
                            /** @enum {string} */
                            status: "planned" | "held" | "cancelled";
                            topic: string;
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
    "/alliances/{id}/meetings/{meetingId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a planned meeting */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    city: string;
                    id: number;
                    meetingId: number;
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
                /** @description Cancel a planned meeting */
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
    "/alliances/{id}/meetings/{meetingId}/record": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a held meeting: attendance, minutes and decisions */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    city: string;
                    id: number;
                    meetingId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        attendeeIds: number[];
                        /** @default [] */
                        decisions?: {
                            content: string;
                            /** @default null */
                            dueOn?: string | null;
                            /** @default null */
                            ownerUnitId?: number | null;
                        }[];
                        minutes: string;
                    };
                };
            };
            responses: {
                /** @description Record a held meeting: attendance, minutes and decisions */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attendees: number;
                            decisions: number;
                            members: number;
                            /** @constant */
                            ok: true;
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
    "/alliances/{id}/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A unit joins with its 1–2 responsible representatives */
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
                        joinedOn: string;
                        representatives: {
                            /** @default null */
                            memberId?: number | null;
                            name: string;
                            /** @default null */
                            phone?: string | null;
                            /** @default null */
                            title?: string | null;
                        }[];
                        unitId: number;
                    };
                };
            };
            responses: {
                /** @description A unit joins with its 1–2 responsible representatives */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            /** Format: date */
                            joinedOn: string;
                            unitId: number;
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
                /** @description already a member */
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
    "/alliances/{id}/units/{memberUnitId}/leave": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A unit leaves the alliance */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    city: string;
                    id: number;
                    memberUnitId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        leftOn: string;
                    };
                };
            };
            responses: {
                /** @description A unit leaves the alliance */
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
    "/alliances/{id}/units/{memberUnitId}/representatives": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a representative (at most 2 per unit) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    city: string;
                    id: number;
                    memberUnitId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default null */
                        memberId?: number | null;
                        name: string;
                        /** @default null */
                        phone?: string | null;
                        /** @default null */
                        title?: string | null;
                    };
                };
            };
            responses: {
                /** @description Add a representative (at most 2 per unit) */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            name: string;
                            title: string | null;
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
    "/alliances/{id}/units/{memberUnitId}/representatives/{repId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a representative (one must remain) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    city: string;
                    id: number;
                    memberUnitId: number;
                    repId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Remove a representative (one must remain) */
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
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bodies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Street, community and grid councils with their active members */
        get: {
            parameters: {
                query?: {
                    kind?: "big_working_committee" | "promotion_council" | "big_party_committee" | "joint_council" | "consultation_council";
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
                /** @description Street, community and grid councils with their active members */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: ({
                                establishedOn: string | null;
                                id: number;
                                /** @enum {string} */
                                kind: "big_working_committee" | "promotion_council" | "big_party_committee" | "joint_council" | "consultation_council";
                                members: number;
                                name: string;
                                orgId: number;
                                orgName: string;
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
        /** Set up a council on a street, community or grid org */
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
                        establishedOn?: string | null;
                        /** @enum {string} */
                        kind: "big_working_committee" | "promotion_council" | "big_party_committee" | "joint_council" | "consultation_council";
                        name?: string;
                        orgId: number;
                    };
                };
            };
            responses: {
                /** @description Set up a council on a street, community or grid org */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            establishedOn: string | null;
                            id: number;
                            /** @enum {string} */
                            kind: "big_working_committee" | "promotion_council" | "big_party_committee" | "joint_council" | "consultation_council";
                            name: string;
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
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bodies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One council with its members */
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
                /** @description One council with its members */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            establishedOn: string | null;
                            id: number;
                            /** @enum {string} */
                            kind: "big_working_committee" | "promotion_council" | "big_party_committee" | "joint_council" | "consultation_council";
                            members: ({
                                id: number;
                                memberId: number | null;
                                name: string;
                                /** @enum {string} */
                                role: "convener" | "part_time_member";
                                /** Format: date */
                                since: string;
                                /** @enum {string} */
                                source: "unit" | "resident" | "member" | "two_new_secretary" | "grid_worker";
                                unitId: number | null;
                                unitName: string | null;
                                until: string | null;
                            } & {
                                [key: string]: unknown;
                            })[];
                            name: string;
                            orgId: number;
                            orgName: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description unknown council */
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
    "/bodies/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a part-time committee member (兼职委员) or convener */
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
                        /** @default null */
                        memberId?: number | null;
                        name: string;
                        /**
                         * @default part_time_member
                         * @enum {string}
                         */
                        role?: "convener" | "part_time_member";
                        since?: string;
                        /** @enum {string} */
                        source: "unit" | "resident" | "member" | "two_new_secretary" | "grid_worker";
                        /** @default null */
                        unitId?: number | null;
                    };
                };
            };
            responses: {
                /** @description Add a part-time committee member (兼职委员) or convener */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            memberId: number | null;
                            name: string;
                            /** @enum {string} */
                            role: "convener" | "part_time_member";
                            /** Format: date */
                            since: string;
                            /** @enum {string} */
                            source: "unit" | "resident" | "member" | "two_new_secretary" | "grid_worker";
                            unitId: number | null;
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
    "/bodies/{id}/members/{memberId}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End a council membership */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    city: string;
                    id: number;
                    memberId: number;
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
                /** @description End a council membership */
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
                /** @description unknown council member */
                404: {
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
    "/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ledgers by kind and state, overdue items, grid heat, hours and stars, and the model’s indicators */
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
                /** @description Ledgers by kind and state, overdue items, grid heat, hours and stars, and the model’s indicators */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date */
                            asOf: string;
                            heat: ({
                                closed: number;
                                closedRate: number | null;
                                communityName: string | null;
                                households: number | null;
                                name: string;
                                open: number;
                                orgId: number;
                                overdue: number;
                                received: number;
                                streetName: string | null;
                            } & {
                                [key: string]: unknown;
                            })[];
                            indicators: ({
                                /** @enum {string} */
                                direction: "higher_is_better" | "lower_is_better";
                                id: string;
                                names: {
                                    en: string;
                                    "zh-CN": string;
                                };
                                /** @enum {string} */
                                unit: "ratio" | "count" | "hours" | "score" | "days" | "per_member";
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
                            ledgers: ({
                                assigned: number;
                                closed: number;
                                in_progress: number;
                                /** @enum {string} */
                                ledger: "immediate" | "time_limited" | "special" | "undertaken" | "proxy";
                                received: number;
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @description the subtree rolled up; null: the city */
                            org: ({
                                id: number;
                                name: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            overdue: {
                                items: ({
                                    address: string | null;
                                    agentMemberId: number | null;
                                    agentName: string | null;
                                    assignedAt: string | null;
                                    assigneeDepartment: string | null;
                                    assigneeUnitId: number | null;
                                    assigneeUnitName: string | null;
                                    /** @enum {string} */
                                    category: "environment" | "safety" | "facilities" | "neighbourhood" | "elderly_care" | "services" | "property" | "other";
                                    closedAt: string | null;
                                    closedOn: string | null;
                                    closedOnTime: boolean | null;
                                    communityName: string | null;
                                    content: string;
                                    daysOverdue: number;
                                    deadline: string | null;
                                    escalatedAt: string | null;
                                    gridName: string;
                                    gridOrgId: number;
                                    id: number;
                                    /** @enum {string} */
                                    ledger: "immediate" | "time_limited" | "special" | "undertaken" | "proxy";
                                    overdue: boolean;
                                    /** Format: date-time */
                                    receivedAt: string;
                                    /** Format: date */
                                    receivedOn: string;
                                    reopenCount: number;
                                    reply: string | null;
                                    residentName: string;
                                    /** @description masked in lists; whole in the detail and after a change */
                                    residentPhone: string | null;
                                    satisfaction: ("satisfied" | "basically_satisfied" | "unsatisfied") | null;
                                    /** @enum {string} */
                                    source: "grid_patrol" | "visit" | "phone" | "wechat" | "walk_in" | "studio";
                                    /** @enum {string} */
                                    status: "received" | "assigned" | "in_progress" | "closed";
                                    studioId: number | null;
                                    studioName: string | null;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                total: number;
                            } & {
                                [key: string]: unknown;
                            };
                            period: {
                                /** Format: date */
                                from: string;
                                /** Format: date */
                                to: string;
                            };
                            volunteer: {
                                confirmedHours: number;
                                hoursByMonth: ({
                                    entries: number;
                                    hours: number;
                                    month: string;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                inServiceMembers: number;
                                pendingEntries: number;
                                stars: ({
                                    members: number;
                                    stars: number;
                                } & {
                                    [key: string]: unknown;
                                })[];
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
    "/demands": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Demands in the actor’s grids, filtered and paged */
        get: {
            parameters: {
                query?: {
                    category?: "environment" | "safety" | "facilities" | "neighbourhood" | "elderly_care" | "services" | "property" | "other";
                    escalated?: "true" | "false";
                    from?: string;
                    ledger?: "immediate" | "time_limited" | "special" | "undertaken" | "proxy";
                    orgId?: number;
                    overdue?: "true" | "false";
                    page?: number;
                    pageSize?: number;
                    q?: string;
                    status?: "received" | "assigned" | "in_progress" | "closed" | "open";
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
                /** @description Demands in the actor’s grids, filtered and paged */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: ({
                                address: string | null;
                                agentMemberId: number | null;
                                agentName: string | null;
                                assignedAt: string | null;
                                assigneeDepartment: string | null;
                                assigneeUnitId: number | null;
                                assigneeUnitName: string | null;
                                /** @enum {string} */
                                category: "environment" | "safety" | "facilities" | "neighbourhood" | "elderly_care" | "services" | "property" | "other";
                                closedAt: string | null;
                                closedOn: string | null;
                                closedOnTime: boolean | null;
                                communityName: string | null;
                                content: string;
                                daysOverdue: number;
                                deadline: string | null;
                                escalatedAt: string | null;
                                gridName: string;
                                gridOrgId: number;
                                id: number;
                                /** @enum {string} */
                                ledger: "immediate" | "time_limited" | "special" | "undertaken" | "proxy";
                                overdue: boolean;
                                /** Format: date-time */
                                receivedAt: string;
                                /** Format: date */
                                receivedOn: string;
                                reopenCount: number;
                                reply: string | null;
                                residentName: string;
                                /** @description masked in lists; whole in the detail and after a change */
                                residentPhone: string | null;
                                satisfaction: ("satisfied" | "basically_satisfied" | "unsatisfied") | null;
                                /** @enum {string} */
                                source: "grid_patrol" | "visit" | "phone" | "wechat" | "walk_in" | "studio";
                                /** @enum {string} */
                                status: "received" | "assigned" | "in_progress" | "closed";
                                studioId: number | null;
                                studioName: string | null;
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
        /** Record a resident demand in a grid and classify it into a ledger */
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
                        category: "environment" | "safety" | "facilities" | "neighbourhood" | "elderly_care" | "services" | "property" | "other";
                        content: string;
                        /** @default null */
                        deadline?: string | null;
                        gridOrgId: number;
                        /** @enum {string} */
                        ledger: "immediate" | "time_limited" | "special" | "undertaken" | "proxy";
                        /** Format: date-time */
                        receivedAt?: string;
                        residentName: string;
                        /** @default null */
                        residentPhone?: string | null;
                        /**
                         * @default grid_patrol
                         * @enum {string}
                         */
                        source?: "grid_patrol" | "visit" | "phone" | "wechat" | "walk_in" | "studio";
                    };
                };
            };
            responses: {
                /** @description Record a resident demand in a grid and classify it into a ledger */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: string | null;
                            agentMemberId: number | null;
                            agentName: string | null;
                            assignedAt: string | null;
                            assigneeDepartment: string | null;
                            assigneeUnitId: number | null;
                            assigneeUnitName: string | null;
                            /** @enum {string} */
                            category: "environment" | "safety" | "facilities" | "neighbourhood" | "elderly_care" | "services" | "property" | "other";
                            closedAt: string | null;
                            closedOn: string | null;
                            closedOnTime: boolean | null;
                            communityName: string | null;
                            content: string;
                            daysOverdue: number;
                            deadline: string | null;
                            escalatedAt: string | null;
                            gridName: string;
                            gridOrgId: number;
                            id: number;
                            /** @enum {string} */
                            ledger: "immediate" | "time_limited" | "special" | "undertaken" | "proxy";
                            overdue: boolean;
                            /** Format: date-time */
                            receivedAt: string;
                            /** Format: date */
                            receivedOn: string;
                            reopenCount: number;
                            reply: string | null;
                            residentName: string;
                            /** @description masked in lists; whole in the detail and after a change */
                            residentPhone: string | null;
                            satisfaction: ("satisfied" | "basically_satisfied" | "unsatisfied") | null;
                            /** @enum {string} */
                            source: "grid_patrol" | "visit" | "phone" | "wechat" | "walk_in" | "studio";
                            /** @enum {string} */
                            status: "received" | "assigned" | "in_progress" | "closed";
                            studioId: number | null;
                            studioName: string | null;
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
    "/demands/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One demand with its history */
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
                /** @description One demand with its history */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: string | null;
                            agentMemberId: number | null;
                            agentName: string | null;
                            assignedAt: string | null;
                            assigneeDepartment: string | null;
                            assigneeUnitId: number | null;
                            assigneeUnitName: string | null;
                            /** @enum {string} */
                            category: "environment" | "safety" | "facilities" | "neighbourhood" | "elderly_care" | "services" | "property" | "other";
                            closedAt: string | null;
                            closedOn: string | null;
                            closedOnTime: boolean | null;
                            communityName: string | null;
                            content: string;
                            daysOverdue: number;
                            deadline: string | null;
                            escalatedAt: string | null;
                            events: ({
                                action: string;
                                actor: string | null;
                                /** Format: date-time */
                                at: string;
                                fromStatus: string | null;
                                id: number;
                                note: string | null;
                                toStatus: string | null;
                            } & {
                                [key: string]: unknown;
                            })[];
                            gridName: string;
                            gridOrgId: number;
                            id: number;
                            /** @enum {string} */
                            ledger: "immediate" | "time_limited" | "special" | "undertaken" | "proxy";
                            overdue: boolean;
                            /** Format: date-time */
                            receivedAt: string;
                            /** Format: date */
                            receivedOn: string;
                            reopenCount: number;
                            reply: string | null;
                            residentName: string;
                            /** @description masked in lists; whole in the detail and after a change */
                            residentPhone: string | null;
                            satisfaction: ("satisfied" | "basically_satisfied" | "unsatisfied") | null;
                            /** @enum {string} */
                            source: "grid_patrol" | "visit" | "phone" | "wechat" | "walk_in" | "studio";
                            /** @enum {string} */
                            status: "received" | "assigned" | "in_progress" | "closed";
                            studioId: number | null;
                            studioName: string | null;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description unknown demand */
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
    "/demands/{id}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Assign to a department or unit (承办件 etc.) or to an agent (代办件) */
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
                        /** @default null */
                        agentMemberId?: number | null;
                        /** @default null */
                        agentName?: string | null;
                        /** @default null */
                        deadline?: string | null;
                        /** @default null */
                        department?: string | null;
                        /** @default null */
                        note?: string | null;
                        /** @default null */
                        unitId?: number | null;
                    };
                };
            };
            responses: {
                /** @description Assign to a department or unit (承办件 etc.) or to an agent (代办件) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: string | null;
                            agentMemberId: number | null;
                            agentName: string | null;
                            assignedAt: string | null;
                            assigneeDepartment: string | null;
                            assigneeUnitId: number | null;
                            assigneeUnitName: string | null;
                            /** @enum {string} */
                            category: "environment" | "safety" | "facilities" | "neighbourhood" | "elderly_care" | "services" | "property" | "other";
                            closedAt: string | null;
                            closedOn: string | null;
                            closedOnTime: boolean | null;
                            communityName: string | null;
                            content: string;
                            daysOverdue: number;
                            deadline: string | null;
                            escalatedAt: string | null;
                            gridName: string;
                            gridOrgId: number;
                            id: number;
                            /** @enum {string} */
                            ledger: "immediate" | "time_limited" | "special" | "undertaken" | "proxy";
                            overdue: boolean;
                            /** Format: date-time */
                            receivedAt: string;
                            /** Format: date */
                            receivedOn: string;
                            reopenCount: number;
                            reply: string | null;
                            residentName: string;
                            /** @description masked in lists; whole in the detail and after a change */
                            residentPhone: string | null;
                            satisfaction: ("satisfied" | "basically_satisfied" | "unsatisfied") | null;
                            /** @enum {string} */
                            source: "grid_patrol" | "visit" | "phone" | "wechat" | "walk_in" | "studio";
                            /** @enum {string} */
                            status: "received" | "assigned" | "in_progress" | "closed";
                            studioId: number | null;
                            studioName: string | null;
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
                /** @description closed, or an immediate item */
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
    "/demands/{id}/classify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move an open demand to another ledger */
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
                        /** @default null */
                        deadline?: string | null;
                        /** @enum {string} */
                        ledger: "immediate" | "time_limited" | "special" | "undertaken" | "proxy";
                        /** @default null */
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Move an open demand to another ledger */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: string | null;
                            agentMemberId: number | null;
                            agentName: string | null;
                            assignedAt: string | null;
                            assigneeDepartment: string | null;
                            assigneeUnitId: number | null;
                            assigneeUnitName: string | null;
                            /** @enum {string} */
                            category: "environment" | "safety" | "facilities" | "neighbourhood" | "elderly_care" | "services" | "property" | "other";
                            closedAt: string | null;
                            closedOn: string | null;
                            closedOnTime: boolean | null;
                            communityName: string | null;
                            content: string;
                            daysOverdue: number;
                            deadline: string | null;
                            escalatedAt: string | null;
                            gridName: string;
                            gridOrgId: number;
                            id: number;
                            /** @enum {string} */
                            ledger: "immediate" | "time_limited" | "special" | "undertaken" | "proxy";
                            overdue: boolean;
                            /** Format: date-time */
                            receivedAt: string;
                            /** Format: date */
                            receivedOn: string;
                            reopenCount: number;
                            reply: string | null;
                            residentName: string;
                            /** @description masked in lists; whole in the detail and after a change */
                            residentPhone: string | null;
                            satisfaction: ("satisfied" | "basically_satisfied" | "unsatisfied") | null;
                            /** @enum {string} */
                            source: "grid_patrol" | "visit" | "phone" | "wechat" | "walk_in" | "studio";
                            /** @enum {string} */
                            status: "received" | "assigned" | "in_progress" | "closed";
                            studioId: number | null;
                            studioName: string | null;
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
                /** @description closed, or the deadline is already set */
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
    "/demands/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 销号: close with a reply to the resident */
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
                        reply: string;
                        /** @default null */
                        satisfaction?: ("satisfied" | "basically_satisfied" | "unsatisfied") | null;
                    };
                };
            };
            responses: {
                /** @description 销号: close with a reply to the resident */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: string | null;
                            agentMemberId: number | null;
                            agentName: string | null;
                            assignedAt: string | null;
                            assigneeDepartment: string | null;
                            assigneeUnitId: number | null;
                            assigneeUnitName: string | null;
                            /** @enum {string} */
                            category: "environment" | "safety" | "facilities" | "neighbourhood" | "elderly_care" | "services" | "property" | "other";
                            closedAt: string | null;
                            closedOn: string | null;
                            closedOnTime: boolean | null;
                            communityName: string | null;
                            content: string;
                            daysOverdue: number;
                            deadline: string | null;
                            escalatedAt: string | null;
                            gridName: string;
                            gridOrgId: number;
                            id: number;
                            /** @enum {string} */
                            ledger: "immediate" | "time_limited" | "special" | "undertaken" | "proxy";
                            overdue: boolean;
                            /** Format: date-time */
                            receivedAt: string;
                            /** Format: date */
                            receivedOn: string;
                            reopenCount: number;
                            reply: string | null;
                            residentName: string;
                            /** @description masked in lists; whole in the detail and after a change */
                            residentPhone: string | null;
                            satisfaction: ("satisfied" | "basically_satisfied" | "unsatisfied") | null;
                            /** @enum {string} */
                            source: "grid_patrol" | "visit" | "phone" | "wechat" | "walk_in" | "studio";
                            /** @enum {string} */
                            status: "received" | "assigned" | "in_progress" | "closed";
                            studioId: number | null;
                            studioName: string | null;
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
                /** @description already closed, or not assigned yet */
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
    "/demands/{id}/escalate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Escalate a hard case to a party-representative studio (党代表工作室) */
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
                        /** @default null */
                        note?: string | null;
                        studioId: number;
                    };
                };
            };
            responses: {
                /** @description Escalate a hard case to a party-representative studio (党代表工作室) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: string | null;
                            agentMemberId: number | null;
                            agentName: string | null;
                            assignedAt: string | null;
                            assigneeDepartment: string | null;
                            assigneeUnitId: number | null;
                            assigneeUnitName: string | null;
                            /** @enum {string} */
                            category: "environment" | "safety" | "facilities" | "neighbourhood" | "elderly_care" | "services" | "property" | "other";
                            closedAt: string | null;
                            closedOn: string | null;
                            closedOnTime: boolean | null;
                            communityName: string | null;
                            content: string;
                            daysOverdue: number;
                            deadline: string | null;
                            escalatedAt: string | null;
                            gridName: string;
                            gridOrgId: number;
                            id: number;
                            /** @enum {string} */
                            ledger: "immediate" | "time_limited" | "special" | "undertaken" | "proxy";
                            overdue: boolean;
                            /** Format: date-time */
                            receivedAt: string;
                            /** Format: date */
                            receivedOn: string;
                            reopenCount: number;
                            reply: string | null;
                            residentName: string;
                            /** @description masked in lists; whole in the detail and after a change */
                            residentPhone: string | null;
                            satisfaction: ("satisfied" | "basically_satisfied" | "unsatisfied") | null;
                            /** @enum {string} */
                            source: "grid_patrol" | "visit" | "phone" | "wechat" | "walk_in" | "studio";
                            /** @enum {string} */
                            status: "received" | "assigned" | "in_progress" | "closed";
                            studioId: number | null;
                            studioName: string | null;
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
                /** @description closed or already escalated */
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
    "/demands/{id}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a progress note */
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
                        note: string;
                    };
                };
            };
            responses: {
                /** @description Add a progress note */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: string | null;
                            agentMemberId: number | null;
                            agentName: string | null;
                            assignedAt: string | null;
                            assigneeDepartment: string | null;
                            assigneeUnitId: number | null;
                            assigneeUnitName: string | null;
                            /** @enum {string} */
                            category: "environment" | "safety" | "facilities" | "neighbourhood" | "elderly_care" | "services" | "property" | "other";
                            closedAt: string | null;
                            closedOn: string | null;
                            closedOnTime: boolean | null;
                            communityName: string | null;
                            content: string;
                            daysOverdue: number;
                            deadline: string | null;
                            escalatedAt: string | null;
                            gridName: string;
                            gridOrgId: number;
                            id: number;
                            /** @enum {string} */
                            ledger: "immediate" | "time_limited" | "special" | "undertaken" | "proxy";
                            overdue: boolean;
                            /** Format: date-time */
                            receivedAt: string;
                            /** Format: date */
                            receivedOn: string;
                            reopenCount: number;
                            reply: string | null;
                            residentName: string;
                            /** @description masked in lists; whole in the detail and after a change */
                            residentPhone: string | null;
                            satisfaction: ("satisfied" | "basically_satisfied" | "unsatisfied") | null;
                            /** @enum {string} */
                            source: "grid_patrol" | "visit" | "phone" | "wechat" | "walk_in" | "studio";
                            /** @enum {string} */
                            status: "received" | "assigned" | "in_progress" | "closed";
                            studioId: number | null;
                            studioName: string | null;
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
                /** @description closed */
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
    "/demands/{id}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reopen a closed item; a reason is required */
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
                /** @description Reopen a closed item; a reason is required */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: string | null;
                            agentMemberId: number | null;
                            agentName: string | null;
                            assignedAt: string | null;
                            assigneeDepartment: string | null;
                            assigneeUnitId: number | null;
                            assigneeUnitName: string | null;
                            /** @enum {string} */
                            category: "environment" | "safety" | "facilities" | "neighbourhood" | "elderly_care" | "services" | "property" | "other";
                            closedAt: string | null;
                            closedOn: string | null;
                            closedOnTime: boolean | null;
                            communityName: string | null;
                            content: string;
                            daysOverdue: number;
                            deadline: string | null;
                            escalatedAt: string | null;
                            gridName: string;
                            gridOrgId: number;
                            id: number;
                            /** @enum {string} */
                            ledger: "immediate" | "time_limited" | "special" | "undertaken" | "proxy";
                            overdue: boolean;
                            /** Format: date-time */
                            receivedAt: string;
                            /** Format: date */
                            receivedOn: string;
                            reopenCount: number;
                            reply: string | null;
                            residentName: string;
                            /** @description masked in lists; whole in the detail and after a change */
                            residentPhone: string | null;
                            satisfaction: ("satisfied" | "basically_satisfied" | "unsatisfied") | null;
                            /** @enum {string} */
                            source: "grid_patrol" | "visit" | "phone" | "wechat" | "walk_in" | "studio";
                            /** @enum {string} */
                            status: "received" | "assigned" | "in_progress" | "closed";
                            studioId: number | null;
                            studioName: string | null;
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
                /** @description not closed */
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
    "/demands/{id}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start handling (办理中) */
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
                        /** @default null */
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Start handling (办理中) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: string | null;
                            agentMemberId: number | null;
                            agentName: string | null;
                            assignedAt: string | null;
                            assigneeDepartment: string | null;
                            assigneeUnitId: number | null;
                            assigneeUnitName: string | null;
                            /** @enum {string} */
                            category: "environment" | "safety" | "facilities" | "neighbourhood" | "elderly_care" | "services" | "property" | "other";
                            closedAt: string | null;
                            closedOn: string | null;
                            closedOnTime: boolean | null;
                            communityName: string | null;
                            content: string;
                            daysOverdue: number;
                            deadline: string | null;
                            escalatedAt: string | null;
                            gridName: string;
                            gridOrgId: number;
                            id: number;
                            /** @enum {string} */
                            ledger: "immediate" | "time_limited" | "special" | "undertaken" | "proxy";
                            overdue: boolean;
                            /** Format: date-time */
                            receivedAt: string;
                            /** Format: date */
                            receivedOn: string;
                            reopenCount: number;
                            reply: string | null;
                            residentName: string;
                            /** @description masked in lists; whole in the detail and after a change */
                            residentPhone: string | null;
                            satisfaction: ("satisfied" | "basically_satisfied" | "unsatisfied") | null;
                            /** @enum {string} */
                            source: "grid_patrol" | "visit" | "phone" | "wechat" | "walk_in" | "studio";
                            /** @enum {string} */
                            status: "received" | "assigned" | "in_progress" | "closed";
                            studioId: number | null;
                            studioName: string | null;
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
                /** @description closed, already in progress, or not assigned yet */
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
    "/demands/daily": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 日汇总: a day’s demands per grid, community or street */
        get: {
            parameters: {
                query?: {
                    date?: string;
                    level?: "grid" | "community" | "street";
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
                /** @description 日汇总: a day’s demands per grid, community or street */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            byCategory: ({
                                category: string;
                                received: number;
                            } & {
                                [key: string]: unknown;
                            })[];
                            byLedger: ({
                                closed: number;
                                /** @enum {string} */
                                ledger: "immediate" | "time_limited" | "special" | "undertaken" | "proxy";
                                received: number;
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** Format: date */
                            date: string;
                            /** @enum {string} */
                            level: "grid" | "community" | "street";
                            rows: ({
                                averageCloseDays: number | null;
                                closed: number;
                                due: number;
                                grids: number;
                                name: string;
                                onTime: number;
                                onTimeRate: number | null;
                                open: number;
                                orgId: number;
                                overdue: number;
                                received: number;
                            } & {
                                [key: string]: unknown;
                            })[];
                            totals: {
                                closed: number;
                                due: number;
                                grids: number;
                                onTime: number;
                                onTimeRate: number | null;
                                open: number;
                                overdue: number;
                                received: number;
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
    "/demands/overdue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open items past their deadline (as of the clock), oldest deadline first */
        get: {
            parameters: {
                query?: {
                    limit?: number;
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
                /** @description Open items past their deadline (as of the clock), oldest deadline first */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date */
                            asOf: string;
                            items: ({
                                address: string | null;
                                agentMemberId: number | null;
                                agentName: string | null;
                                assignedAt: string | null;
                                assigneeDepartment: string | null;
                                assigneeUnitId: number | null;
                                assigneeUnitName: string | null;
                                /** @enum {string} */
                                category: "environment" | "safety" | "facilities" | "neighbourhood" | "elderly_care" | "services" | "property" | "other";
                                closedAt: string | null;
                                closedOn: string | null;
                                closedOnTime: boolean | null;
                                communityName: string | null;
                                content: string;
                                daysOverdue: number;
                                deadline: string | null;
                                escalatedAt: string | null;
                                gridName: string;
                                gridOrgId: number;
                                id: number;
                                /** @enum {string} */
                                ledger: "immediate" | "time_limited" | "special" | "undertaken" | "proxy";
                                overdue: boolean;
                                /** Format: date-time */
                                receivedAt: string;
                                /** Format: date */
                                receivedOn: string;
                                reopenCount: number;
                                reply: string | null;
                                residentName: string;
                                /** @description masked in lists; whole in the detail and after a change */
                                residentPhone: string | null;
                                satisfaction: ("satisfied" | "basically_satisfied" | "unsatisfied") | null;
                                /** @enum {string} */
                                source: "grid_patrol" | "visit" | "phone" | "wechat" | "walk_in" | "studio";
                                /** @enum {string} */
                                status: "received" | "assigned" | "in_progress" | "closed";
                                studioId: number | null;
                                studioName: string | null;
                            } & {
                                [key: string]: unknown;
                            })[];
                            total: number;
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
    "/demands/weekly": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 周分析: a week (Mon–Sun) per grid, community or street, with the week before */
        get: {
            parameters: {
                query?: {
                    level?: "grid" | "community" | "street";
                    orgId?: number;
                    weekOf?: string;
                };
                header?: never;
                path: {
                    city: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 周分析: a week (Mon–Sun) per grid, community or street, with the week before */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attention: ({
                                averageCloseDays: number | null;
                                closed: number;
                                due: number;
                                grids: number;
                                name: string;
                                onTime: number;
                                onTimeRate: number | null;
                                open: number;
                                orgId: number;
                                overdue: number;
                                received: number;
                            } & {
                                [key: string]: unknown;
                            })[];
                            byCategory: ({
                                category: string;
                                received: number;
                            } & {
                                [key: string]: unknown;
                            })[];
                            byLedger: ({
                                closed: number;
                                /** @enum {string} */
                                ledger: "immediate" | "time_limited" | "special" | "undertaken" | "proxy";
                                received: number;
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** Format: date */
                            from: string;
                            /** @enum {string} */
                            level: "grid" | "community" | "street";
                            perDay: ({
                                /** Format: date */
                                date: string;
                                received: number;
                            } & {
                                [key: string]: unknown;
                            })[];
                            previous: {
                                closed: number;
                                /** Format: date */
                                from: string;
                                received: number;
                                /** Format: date */
                                to: string;
                            } & {
                                [key: string]: unknown;
                            };
                            rows: ({
                                averageCloseDays: number | null;
                                closed: number;
                                due: number;
                                grids: number;
                                name: string;
                                onTime: number;
                                onTimeRate: number | null;
                                open: number;
                                orgId: number;
                                overdue: number;
                                received: number;
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** Format: date */
                            to: string;
                            totals: {
                                closed: number;
                                due: number;
                                grids: number;
                                onTime: number;
                                onTimeRate: number | null;
                                open: number;
                                overdue: number;
                                received: number;
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
    "/facilities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Shared-resource catalogue: unit facilities open to the public, with opening hours */
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
                /** @description Shared-resource catalogue: unit facilities open to the public, with opening hours */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: ({
                                /** @description per action: may the caller do it on this record, and why not */
                                actions: {
                                    manage: {
                                        allowed: boolean;
                                        reason?: string;
                                    };
                                };
                                active: boolean;
                                address: string | null;
                                capacity: number | null;
                                /** @description HH:MM */
                                closesAt: string;
                                /** @description Mon..Sun as seven 0/1 digits, e.g. 1111100 */
                                days: string;
                                id: number;
                                kind: string;
                                name: string;
                                note: string | null;
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
        /** Open a unit facility to the public (parking, sports ground, toilets…) */
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
                        /** @default null */
                        capacity?: number | null;
                        closesAt: string;
                        days: string;
                        /** @enum {string} */
                        kind: "parking" | "sports" | "toilet" | "meeting_room" | "library" | "canteen" | "other";
                        name: string;
                        /** @default null */
                        note?: string | null;
                        opensAt: string;
                        /** @default null */
                        placeId?: number | null;
                        unitId: number;
                    };
                };
            };
            responses: {
                /** @description Open a unit facility to the public (parking, sports ground, toilets…) */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description HH:MM */
                            closesAt: string;
                            /** @description Mon..Sun as seven 0/1 digits, e.g. 1111100 */
                            days: string;
                            id: number;
                            kind: string;
                            name: string;
                            /** @description HH:MM */
                            opensAt: string;
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
    "/facilities/{id}": {
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
        /** Change a facility’s hours or details, or withdraw it */
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
                        address?: string | null;
                        capacity?: number | null;
                        closesAt?: string;
                        days?: string;
                        /** @enum {string} */
                        kind?: "parking" | "sports" | "toilet" | "meeting_room" | "library" | "canteen" | "other";
                        name?: string;
                        note?: string | null;
                        opensAt?: string;
                        placeId?: number | null;
                    };
                };
            };
            responses: {
                /** @description Change a facility’s hours or details, or withdraw it */
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
        trace?: never;
    };
    "/funds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Each grid branch’s party-building funds for a year against the city’s floor (default 2,500 yuan) */
        get: {
            parameters: {
                query?: {
                    belowFloor?: "true" | "false";
                    orgId?: number;
                    year?: number;
                };
                header?: never;
                path: {
                    city: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Each grid branch’s party-building funds for a year against the city’s floor (default 2,500 yuan) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            belowFloor: number;
                            bySource: {
                                co_building: number;
                                donation: number;
                                fiscal: number;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description the yearly floor per grid branch, yuan */
                            floor: number;
                            grids: number;
                            items: ({
                                bySource: {
                                    co_building: number;
                                    donation: number;
                                    fiscal: number;
                                } & {
                                    [key: string]: unknown;
                                };
                                communityName: string | null;
                                gridName: string;
                                gridOrgId: number;
                                meetsFloor: boolean;
                                shortfall: number;
                                total: number;
                            } & {
                                [key: string]: unknown;
                            })[];
                            meetingFloor: number;
                            total: number;
                            year: number;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Record funds received by a grid branch (public budget, co-building unit or donation) */
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
                        amount: number;
                        gridOrgId: number;
                        /** @default null */
                        note?: string | null;
                        receivedOn: string;
                        /** @enum {string} */
                        source: "fiscal" | "co_building" | "donation";
                        /** @default null */
                        unitId?: number | null;
                        year: number;
                    };
                };
            };
            responses: {
                /** @description Record funds received by a grid branch (public budget, co-building unit or donation) */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            amount: number;
                            floor: number;
                            id: number;
                            meetsFloor: boolean;
                            year: number;
                            yearTotal: number;
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
    "/funds/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The fund entries of one grid branch */
        get: {
            parameters: {
                query: {
                    gridOrgId: number;
                    year?: number;
                };
                header?: never;
                path: {
                    city: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The fund entries of one grid branch */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: ({
                                /** @description yuan; decimal text on PostgreSQL */
                                amount: number | string;
                                id: number;
                                note: string | null;
                                /** Format: date */
                                receivedOn: string;
                                /** @enum {string} */
                                source: "fiscal" | "co_building" | "donation";
                                unitId: number | null;
                                unitName: string | null;
                                year: number;
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
    "/grids": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Grids (网格) over the communities, with their party branch, worker and groups */
        get: {
            parameters: {
                query?: {
                    covered?: "true" | "false";
                    orgId?: number;
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
                /** @description Grids (网格) over the communities, with their party branch, worker and groups */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            covered: number;
                            items: ({
                                communityName: string;
                                communityOrgId: number | null;
                                communityPlaceId: number;
                                establishedOn: string | null;
                                groups: number;
                                households: number | null;
                                members: number;
                                /** @description the grid’s party branch; null while it has none */
                                orgId: number | null;
                                orgName: string | null;
                                placeId: number;
                                placeName: string;
                                /** @description the active grid workers’ names, joined with 、 */
                                workers: string | null;
                            } & {
                                [key: string]: unknown;
                            })[];
                            total: number;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Set up the party branch (网格党支部) of a grid, under its community’s party org */
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
                        establishedOn?: string | null;
                        gridPlaceId: number;
                        /** @default null */
                        households?: number | null;
                        name?: string;
                    };
                };
            };
            responses: {
                /** @description Set up the party branch (网格党支部) of a grid, under its community’s party org */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            name: string;
                            orgId: number;
                            parentId: number;
                            path: string;
                            placeId: number;
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
                /** @description the grid already has a branch */
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
    "/grids/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One grid branch with groups, workers, councils and this year’s funds */
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
                /** @description One grid branch with groups, workers, councils and this year’s funds */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            bodies: ({
                                id: number;
                                /** @enum {string} */
                                kind: "big_working_committee" | "promotion_council" | "big_party_committee" | "joint_council" | "consultation_council";
                                name: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            communityName: string;
                            communityOrgId: number | null;
                            communityPlaceId: number;
                            demands: {
                                open: number;
                                overdue: number;
                                total: number;
                            } & {
                                [key: string]: unknown;
                            };
                            establishedOn: string | null;
                            funds: {
                                floor: number;
                                total: number;
                                year: number;
                            } & {
                                [key: string]: unknown;
                            };
                            groups: ({
                                id: number;
                                name: string;
                                placeId: number | null;
                            } & {
                                [key: string]: unknown;
                            })[];
                            households: number | null;
                            members: number;
                            orgId: number;
                            orgName: string;
                            placeId: number;
                            placeName: string;
                            workers: ({
                                active: boolean;
                                hiredOn: string | null;
                                id: number;
                                masked: boolean;
                                name: string;
                                phone: string | null;
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
        /** Rename a grid branch or set its households and founding date */
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
                        establishedOn?: string | null;
                        households?: number | null;
                        name?: string;
                    };
                };
            };
            responses: {
                /** @description Rename a grid branch or set its households and founding date */
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
        trace?: never;
    };
    "/grids/{id}/groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a building party group (楼栋党小组) under a grid branch */
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
                        /** @default null */
                        buildingPlaceId?: number | null;
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Add a building party group (楼栋党小组) under a grid branch */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            name: string;
                            parentId: number;
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/network": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The four-level network (街镇大工委—社区大党委—网格党支部—楼栋党小组) per street */
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
                /** @description The four-level network (街镇大工委—社区大党委—网格党支部—楼栋党小组) per street */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            bodies: ({
                                bodies: number;
                                /** @enum {string} */
                                kind: "big_working_committee" | "promotion_council" | "big_party_committee" | "joint_council" | "consultation_council";
                                members: number;
                            } & {
                                [key: string]: unknown;
                            })[];
                            streets: ({
                                buildingGroups: number;
                                communities: number;
                                gridBranches: number;
                                name: string;
                                orgId: number;
                                partTimeMembers: number;
                            } & {
                                [key: string]: unknown;
                            })[];
                            totals: {
                                buildingGroups: number;
                                communities: number;
                                gridBranches: number;
                                streets: number;
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
    "/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 服务项目书: service projects from matched needs and offers */
        get: {
            parameters: {
                query?: {
                    orgId?: number;
                    status?: "planned" | "in_progress" | "completed" | "cancelled";
                };
                header?: never;
                path: {
                    city: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 服务项目书: service projects from matched needs and offers */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: ({
                                completedOn: string | null;
                                content: string;
                                /** Format: date */
                                createdOn: string;
                                /** Format: date */
                                endOn: string;
                                gridName: string | null;
                                gridOrgId: number | null;
                                id: number;
                                needId: number;
                                offerId: number;
                                ownerName: string;
                                startedOn: string | null;
                                /** Format: date */
                                startOn: string;
                                /** @enum {string} */
                                status: "planned" | "in_progress" | "completed" | "cancelled";
                                title: string;
                                unitId: number | null;
                                unitName: string | null;
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
        /** Match a need with an offer into a service project (服务项目书) */
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
                        content: string;
                        endOn: string;
                        needId: number;
                        offerId: number;
                        ownerName: string;
                        startOn: string;
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Match a need with an offer into a service project (服务项目书) */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            completedOn: string | null;
                            content: string;
                            /** Format: date */
                            createdOn: string;
                            /** Format: date */
                            endOn: string;
                            gridName: string | null;
                            gridOrgId: number | null;
                            id: number;
                            needId: number;
                            offerId: number;
                            ownerName: string;
                            startedOn: string | null;
                            /** Format: date */
                            startOn: string;
                            /** @enum {string} */
                            status: "planned" | "in_progress" | "completed" | "cancelled";
                            title: string;
                            unitId: number | null;
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
                /** @description need or offer no longer open */
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
    "/projects/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One service project with the need and offer it matched */
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
                /** @description One service project with the need and offer it matched */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            completedOn: string | null;
                            content: string;
                            /** Format: date */
                            createdOn: string;
                            /** Format: date */
                            endOn: string;
                            gridName: string | null;
                            gridOrgId: number | null;
                            id: number;
                            need: {
                                category: string;
                                detail: string | null;
                                gridName: string | null;
                                gridOrgId: number | null;
                                id: number;
                                /** Format: date */
                                listedOn: string;
                                /** @enum {string} */
                                side: "need" | "offer";
                                /** @enum {string} */
                                status: "open" | "matched" | "withdrawn";
                                title: string;
                                unitId: number | null;
                                unitName: string | null;
                                withdrawReason: string | null;
                            } & {
                                [key: string]: unknown;
                            };
                            needId: number;
                            offer: {
                                category: string;
                                detail: string | null;
                                gridName: string | null;
                                gridOrgId: number | null;
                                id: number;
                                /** Format: date */
                                listedOn: string;
                                /** @enum {string} */
                                side: "need" | "offer";
                                /** @enum {string} */
                                status: "open" | "matched" | "withdrawn";
                                title: string;
                                unitId: number | null;
                                unitName: string | null;
                                withdrawReason: string | null;
                            } & {
                                [key: string]: unknown;
                            };
                            offerId: number;
                            ownerName: string;
                            startedOn: string | null;
                            /** Format: date */
                            startOn: string;
                            /** @enum {string} */
                            status: "planned" | "in_progress" | "completed" | "cancelled";
                            title: string;
                            unitId: number | null;
                            unitName: string | null;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description unknown project */
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
    "/projects/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move a project: planned → in progress → completed, or cancel (the need and offer reopen) */
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
                        status: "planned" | "in_progress" | "completed" | "cancelled";
                    };
                };
            };
            responses: {
                /** @description Move a project: planned → in progress → completed, or cancel (the need and offer reopen) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            completedOn: string | null;
                            content: string;
                            /** Format: date */
                            createdOn: string;
                            /** Format: date */
                            endOn: string;
                            gridName: string | null;
                            gridOrgId: number | null;
                            id: number;
                            needId: number;
                            offerId: number;
                            ownerName: string;
                            startedOn: string | null;
                            /** Format: date */
                            startOn: string;
                            /** @enum {string} */
                            status: "planned" | "in_progress" | "completed" | "cancelled";
                            title: string;
                            unitId: number | null;
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
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/studios": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Party-representative studios (党代表工作室) */
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
                /** @description Party-representative studios (党代表工作室) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: ({
                                id: number;
                                name: string;
                                openCases: number;
                                orgId: number;
                                orgName: string;
                                representatives: string[];
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
        /** Set up a party-representative studio on a street or community org */
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
                        name: string;
                        orgId: number;
                        representatives: string[];
                    };
                };
            };
            responses: {
                /** @description Set up a party-representative studio on a street or community org */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            name: string;
                            orgId: number;
                            representatives: string[];
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
    "/supply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 供需清单: needs and offers of grid branches (in scope) and units (all) */
        get: {
            parameters: {
                query?: {
                    category?: "venue" | "volunteers" | "funding" | "health" | "education" | "legal" | "elderly_care" | "culture" | "environment" | "papers";
                    orgId?: number;
                    owner?: "grid" | "unit";
                    q?: string;
                    side?: "need" | "offer";
                    status?: "open" | "matched" | "withdrawn";
                };
                header?: never;
                path: {
                    city: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 供需清单: needs and offers of grid branches (in scope) and units (all) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: ({
                                category: string;
                                detail: string | null;
                                gridName: string | null;
                                gridOrgId: number | null;
                                id: number;
                                /** Format: date */
                                listedOn: string;
                                /** @description whether the actor may withdraw or match it */
                                manageable: boolean;
                                /** @enum {string} */
                                side: "need" | "offer";
                                /** @enum {string} */
                                status: "open" | "matched" | "withdrawn";
                                title: string;
                                unitId: number | null;
                                unitName: string | null;
                                withdrawReason: string | null;
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
        /** List a need or an offer for a grid branch or a unit */
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
                        /** @enum {string} */
                        category: "venue" | "volunteers" | "funding" | "health" | "education" | "legal" | "elderly_care" | "culture" | "environment" | "papers";
                        /** @default null */
                        detail?: string | null;
                        /** @default null */
                        gridOrgId?: number | null;
                        /** @enum {string} */
                        side: "need" | "offer";
                        title: string;
                        /** @default null */
                        unitId?: number | null;
                    };
                };
            };
            responses: {
                /** @description List a need or an offer for a grid branch or a unit */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            category: string;
                            detail: string | null;
                            gridName: string | null;
                            gridOrgId: number | null;
                            id: number;
                            /** Format: date */
                            listedOn: string;
                            /** @enum {string} */
                            side: "need" | "offer";
                            /** @enum {string} */
                            status: "open" | "matched" | "withdrawn";
                            title: string;
                            unitId: number | null;
                            unitName: string | null;
                            withdrawReason: string | null;
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
    "/supply/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw an open need or offer */
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
                /** @description Withdraw an open need or offer */
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
    "/volunteer/logs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 微小时 entries: an admin’s grids and members, or a member’s own */
        get: {
            parameters: {
                query?: {
                    from?: string;
                    memberId?: number;
                    orgId?: number;
                    page?: number;
                    pageSize?: number;
                    status?: "pending" | "confirmed" | "rejected";
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
                /** @description 微小时 entries: an admin’s grids and members, or a member’s own */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: ({
                                /** @enum {string} */
                                category: "civilized_city" | "safety" | "sanitation" | "service" | "other";
                                decidedAt: string | null;
                                description: string;
                                gridName: string | null;
                                gridOrgId: number | null;
                                hours: number;
                                id: number;
                                /** Format: date-time */
                                loggedAt: string;
                                loggedBy: number | null;
                                memberId: number;
                                memberName: string;
                                rating: number | null;
                                rejectReason: string | null;
                                /** Format: date */
                                servedOn: string;
                                /** @enum {string} */
                                status: "pending" | "confirmed" | "rejected";
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
        /** Log volunteer hours (a member for themselves, or an admin for a member); they count once confirmed */
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
                        /** @enum {string} */
                        category: "civilized_city" | "safety" | "sanitation" | "service" | "other";
                        description: string;
                        /** @default null */
                        gridOrgId?: number | null;
                        hours: number;
                        memberId?: number;
                        servedOn: string;
                    };
                };
            };
            responses: {
                /** @description Log volunteer hours (a member for themselves, or an admin for a member); they count once confirmed */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            category: "civilized_city" | "safety" | "sanitation" | "service" | "other";
                            decidedAt: string | null;
                            description: string;
                            gridName: string | null;
                            gridOrgId: number | null;
                            hours: number;
                            id: number;
                            /** Format: date-time */
                            loggedAt: string;
                            loggedBy: number | null;
                            memberId: number;
                            memberName: string;
                            rating: number | null;
                            rejectReason: string | null;
                            /** Format: date */
                            servedOn: string;
                            /** @enum {string} */
                            status: "pending" | "confirmed" | "rejected";
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
    "/volunteer/logs/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm an entry and rate its effect (1–5); not by whoever logged it */
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
                        rating: number;
                    };
                };
            };
            responses: {
                /** @description Confirm an entry and rate its effect (1–5); not by whoever logged it */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            category: "civilized_city" | "safety" | "sanitation" | "service" | "other";
                            decidedAt: string | null;
                            description: string;
                            gridName: string | null;
                            gridOrgId: number | null;
                            hours: number;
                            id: number;
                            /** Format: date-time */
                            loggedAt: string;
                            loggedBy: number | null;
                            memberId: number;
                            memberName: string;
                            rating: number | null;
                            rejectReason: string | null;
                            /** Format: date */
                            servedOn: string;
                            /** @enum {string} */
                            status: "pending" | "confirmed" | "rejected";
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
                /** @description unknown entry */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description already decided, or logged by the actor */
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
    "/volunteer/logs/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send an entry back with a reason */
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
                /** @description Send an entry back with a reason */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            category: "civilized_city" | "safety" | "sanitation" | "service" | "other";
                            decidedAt: string | null;
                            description: string;
                            gridName: string | null;
                            gridOrgId: number | null;
                            hours: number;
                            id: number;
                            /** Format: date-time */
                            loggedAt: string;
                            loggedBy: number | null;
                            memberId: number;
                            memberName: string;
                            rating: number | null;
                            rejectReason: string | null;
                            /** Format: date */
                            servedOn: string;
                            /** @enum {string} */
                            status: "pending" | "confirmed" | "rejected";
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
                /** @description unknown entry */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description already decided, or logged by the actor */
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
    "/volunteer/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in member’s hours, star level and next level */
        get: {
            parameters: {
                query?: {
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
                /** @description The signed-in member’s hours, star level and next level */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            averageRating: number | null;
                            category: string;
                            entries: number;
                            /** Format: date */
                            from: string;
                            hours: number;
                            levels: ({
                                minAverageRating?: number | null;
                                minHours: number;
                                stars: number;
                            } & {
                                [key: string]: unknown;
                            })[];
                            memberId: number;
                            name: string;
                            nextLevel: ({
                                minAverageRating?: number | null;
                                minHours: number;
                                stars: number;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            pendingHours: number;
                            stars: number;
                            /** Format: date */
                            to: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description not a party member’s account */
                403: {
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
    "/volunteer/stars": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Star levels (星级评价) of in-service members from confirmed hours and ratings in a period */
        get: {
            parameters: {
                query?: {
                    from?: string;
                    limit?: number;
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
                /** @description Star levels (星级评价) of in-service members from confirmed hours and ratings in a period */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            confirmedHours: number;
                            distribution: ({
                                members: number;
                                stars: number;
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** Format: date */
                            from: string;
                            inServiceMembers: number;
                            items: ({
                                averageRating: number | null;
                                category: string;
                                entries: number;
                                hours: number;
                                memberId: number;
                                name: string;
                                stars: number;
                            } & {
                                [key: string]: unknown;
                            })[];
                            levels: ({
                                minAverageRating?: number | null;
                                minHours: number;
                                stars: number;
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** Format: date */
                            to: string;
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
    "/workers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Grid workers (网格工作者) with their current post and title */
        get: {
            parameters: {
                query?: {
                    active?: "true" | "false" | "all";
                    orgId?: number;
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
                /** @description Grid workers (网格工作者) with their current post and title */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: ({
                                active: boolean;
                                /** @enum {string} */
                                gender: "male" | "female";
                                /** Format: date */
                                hiredOn: string;
                                id: number;
                                masked: boolean;
                                memberId: number | null;
                                name: string;
                                orgId: number;
                                orgName: string;
                                /** @description masked unless a city admin asked ?reveal=true */
                                phone: string | null;
                                post: string | null;
                                postSince: string | null;
                                title: string | null;
                                titleSince: string | null;
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
        /** Add a grid worker; the title chain starts at 网格工作者 on the hiring day */
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
                        /** @enum {string} */
                        gender: "male" | "female";
                        hiredOn: string;
                        /** @default null */
                        memberId?: number | null;
                        name: string;
                        orgId: number;
                        /** @default null */
                        phone?: string | null;
                    };
                };
            };
            responses: {
                /** @description Add a grid worker; the title chain starts at 网格工作者 on the hiring day */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date */
                            hiredOn: string;
                            id: number;
                            name: string;
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
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One grid worker with the dated steps of both chains; ?reveal=true shows the phone to city admins (audited) */
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
                /** @description One grid worker with the dated steps of both chains; ?reveal=true shows the phone to city admins (audited) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            /** @enum {string} */
                            gender: "male" | "female";
                            /** Format: date */
                            hiredOn: string;
                            id: number;
                            masked: boolean;
                            memberId: number | null;
                            name: string;
                            orgId: number;
                            orgName: string;
                            /** @description masked unless a city admin asked ?reveal=true */
                            phone: string | null;
                            steps: ({
                                /** @enum {string} */
                                chain: "post" | "title";
                                id: number;
                                note: string | null;
                                /** Format: date */
                                startedOn: string;
                                step: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description unknown grid worker */
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
        /** Move a worker to another grid or org, change the phone, or deactivate */
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
                        orgId?: number;
                        phone?: string | null;
                    };
                };
            };
            responses: {
                /** @description Move a worker to another grid or org, change the phone, or deactivate */
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
                /** @description unknown grid worker */
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
        trace?: never;
    };
    "/workers/{id}/steps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a step up the post chain (网格书记→…→街镇副职) or title chain (网格工作者→…→高级社会工作师) */
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
                        chain: "post" | "title";
                        /** @default null */
                        note?: string | null;
                        startedOn: string;
                        step: string;
                    };
                };
            };
            responses: {
                /** @description Record a step up the post chain (网格书记→…→街镇副职) or title chain (网格工作者→…→高级社会工作师) */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            chain: "post" | "title";
                            id: number;
                            note: string | null;
                            /** Format: date */
                            startedOn: string;
                            step: string;
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
                /** @description not a step up the chain */
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
    "/workers/careers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many active workers stand on each step of the post and title chains */
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
                /** @description How many active workers stand on each step of the post and title chains */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            post: ({
                                count: number;
                                /** @enum {string} */
                                step: "grid_secretary" | "community_worker" | "community_secretary" | "career_community_secretary" | "street_deputy";
                            } & {
                                [key: string]: unknown;
                            })[];
                            title: ({
                                count: number;
                                /** @enum {string} */
                                step: "grid_worker" | "assistant_social_worker" | "social_worker" | "senior_social_worker";
                            } & {
                                [key: string]: unknown;
                            })[];
                            workers: number;
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
