// Generated from the API's OpenAPI document (/api/openapi.json) by `pnpm --filter @jiceng/api web-api-types`.
// Do not edit: change the route's describe()/validate() schemas and regenerate (a test fails while this is stale).

export interface paths {
    "/centres": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Service centres and stations in scope, with standard checks and visit counts */
        get: {
            parameters: {
                query?: {
                    level?: "district" | "town" | "region";
                    regionId?: number;
                };
                header?: never;
                path: {
                    city: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Service centres and stations in scope, with standard checks and visit counts */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: ({
                                active: boolean;
                                floorArea: number;
                                fundingSource: string;
                                id: number;
                                kind: string;
                                level: string;
                                meetsStandard: boolean;
                                name: string;
                                /** Format: date */
                                openedOn: string;
                                ownerName: string;
                                ownerOrgId: number;
                                placeId: number | null;
                                placeName: string | null;
                                regionId: number | null;
                                regionName: string | null;
                                /** @description the standard’s fields the centre falls short of */
                                shortfalls: string[];
                                staffCount: number;
                                visits: {
                                    open: number;
                                    overdue: number;
                                    total: number;
                                } & {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @description per level: centres and how many meet the standard */
                            summary: ({
                                count: number;
                                level: string;
                                meetingStandard: number;
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
        /** Open a service centre or station at one of the three levels */
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
                        floorArea: number;
                        /** @enum {string} */
                        fundingSource: "district_finance" | "town_finance" | "unit_pooled" | "mixed";
                        /**
                         * @default centre
                         * @enum {string}
                         */
                        kind?: "centre" | "station";
                        /** @enum {string} */
                        level: "district" | "town" | "region";
                        name: string;
                        openedOn?: string;
                        ownerOrgId?: number;
                        placeId?: number | null;
                        regionId?: number;
                        staffCount: number;
                    };
                };
            };
            responses: {
                /** @description Open a service centre or station at one of the three levels */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            floorArea: number;
                            fundingSource: string;
                            id: number;
                            kind: string;
                            level: string;
                            meetsStandard: boolean;
                            name: string;
                            /** Format: date */
                            openedOn: string;
                            ownerName: string;
                            ownerOrgId: number;
                            placeId: number | null;
                            placeName: string | null;
                            regionId: number | null;
                            regionName: string | null;
                            /** @description the standard’s fields the centre falls short of */
                            shortfalls: string[];
                            staffCount: number;
                            visits: {
                                open: number;
                                overdue: number;
                                total: number;
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
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/centres/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One centre with its standard check */
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
                /** @description One centre with its standard check */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            floorArea: number;
                            fundingSource: string;
                            id: number;
                            kind: string;
                            level: string;
                            meetsStandard: boolean;
                            name: string;
                            /** Format: date */
                            openedOn: string;
                            ownerName: string;
                            ownerOrgId: number;
                            placeId: number | null;
                            placeName: string | null;
                            regionId: number | null;
                            regionName: string | null;
                            /** @description the standard’s fields the centre falls short of */
                            shortfalls: string[];
                            staffCount: number;
                            visits: {
                                open: number;
                                overdue: number;
                                total: number;
                            } & {
                                [key: string]: unknown;
                            };
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description not found in the actor’s scope */
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
        /** Update floor area, staff or funding of a centre */
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
                        floorArea?: number;
                        /** @enum {string} */
                        fundingSource?: "district_finance" | "town_finance" | "unit_pooled" | "mixed";
                        name?: string;
                        staffCount?: number;
                    };
                };
            };
            responses: {
                /** @description Update floor area, staff or funding of a centre */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            floorArea: number;
                            fundingSource: string;
                            id: number;
                            kind: string;
                            level: string;
                            meetsStandard: boolean;
                            name: string;
                            /** Format: date */
                            openedOn: string;
                            ownerName: string;
                            ownerOrgId: number;
                            placeId: number | null;
                            placeName: string | null;
                            regionId: number | null;
                            regionName: string | null;
                            /** @description the standard’s fields the centre falls short of */
                            shortfalls: string[];
                            staffCount: number;
                            visits: {
                                open: number;
                                overdue: number;
                                total: number;
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
                /** @description not found in the actor’s scope */
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
    "/centres/{id}/visits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Visit records of a centre (来访接待), with 限时办结 flags */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    status?: "open" | "overdue" | "completed" | "late" | "all";
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
                /** @description Visit records of a centre (来访接待), with 限时办结 flags */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: ({
                                centreId: number;
                                centreName: string;
                                completedOn: string | null;
                                daysLeft: number | null;
                                dueOn: string | null;
                                firstResponder: string;
                                id: number;
                                late: boolean;
                                overdue: boolean;
                                /** Format: date-time */
                                receivedAt: string;
                                /** Format: date */
                                receivedOn: string;
                                referredTo: string | null;
                                result: string | null;
                                service: string;
                                status: string;
                                subject: string;
                                timeLimited: boolean;
                                visitorMemberId: number | null;
                                visitorName: string;
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
        /** Record a visit; a time-limited request gets a deadline, others are answered on the spot */
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
                        dueOn?: string;
                        firstResponder: string;
                        /** Format: date-time */
                        receivedAt?: string;
                        referredTo?: string | null;
                        result?: string | null;
                        /** @enum {string} */
                        service: "policy_consultation" | "relation_transfer" | "dues" | "flowing_registration" | "member_development" | "education" | "hardship_aid" | "employment" | "other";
                        subject: string;
                        timeLimitDays?: number;
                        timeLimited: boolean;
                        visitorMemberId?: number | null;
                        visitorName: string;
                    };
                };
            };
            responses: {
                /** @description Record a visit; a time-limited request gets a deadline, others are answered on the spot */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            centreId: number;
                            centreName: string;
                            completedOn: string | null;
                            daysLeft: number | null;
                            dueOn: string | null;
                            firstResponder: string;
                            id: number;
                            late: boolean;
                            overdue: boolean;
                            /** Format: date-time */
                            receivedAt: string;
                            /** Format: date */
                            receivedOn: string;
                            referredTo: string | null;
                            result: string | null;
                            service: string;
                            status: string;
                            subject: string;
                            timeLimited: boolean;
                            visitorMemberId: number | null;
                            visitorName: string;
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
    "/centres/standards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The three levels’ standards (city config) and the 8 basic services */
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
                /** @description The three levels’ standards (city config) and the 8 basic services */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            basicServices: string[];
                            standards: {
                                district: {
                                    fundingSources: string[];
                                    minFloorArea: number;
                                    minStaff: number;
                                } & {
                                    [key: string]: unknown;
                                };
                                region: {
                                    fundingSources: string[];
                                    minFloorArea: number;
                                    minStaff: number;
                                } & {
                                    [key: string]: unknown;
                                };
                                town: {
                                    fundingSources: string[];
                                    minFloorArea: number;
                                    minStaff: number;
                                } & {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            };
                            timeLimitDays: number;
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
    "/council-projects/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Complete a project in progress */
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
                        completedOn?: string;
                        outcome: string;
                    };
                };
            };
            responses: {
                /** @description Complete a project in progress */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            status: string;
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
                /** @description not in progress */
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
    "/council-projects/{id}/drop": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Drop a project that will not be done, with the reason */
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
                /** @description Drop a project that will not be done, with the reason */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            status: string;
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
                /** @description already done or dropped */
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
    "/council-projects/{id}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a declared project */
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
                        startsOn?: string;
                    };
                };
            };
            responses: {
                /** @description Start a declared project */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            status: string;
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
                /** @description not declared */
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
    "/councils": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Co-building councils in scope with their current rotating chair */
        get: {
            parameters: {
                query?: {
                    regionId?: number;
                };
                header?: never;
                path: {
                    city: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Co-building councils in scope with their current rotating chair */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: ({
                                chairName: string | null;
                                /** Format: date */
                                foundedOn: string;
                                id: number;
                                memberCount: number;
                                name: string;
                                regionId: number;
                                regionName: string;
                                termEndsOn: string | null;
                                termNo: number | null;
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
        /** Found a regional co-building council (共建理事会) with member units and a first rotating chair */
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
                        chairUnitId: number;
                        foundedOn?: string;
                        name: string;
                        regionId: number;
                        unitIds: number[];
                    };
                };
            };
            responses: {
                /** @description Found a regional co-building council (共建理事会) with member units and a first rotating chair */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            currentTerm: ({
                                chairMemberId: number;
                                chairName: string;
                                endedOn: string | null;
                                endKind: string | null;
                                endReason: string | null;
                                /** Format: date */
                                endsOn: string;
                                id: number;
                                /** Format: date */
                                startsOn: string;
                                termNo: number;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            /** Format: date */
                            foundedOn: string;
                            id: number;
                            meetings: ({
                                chairName: string | null;
                                /** Format: date */
                                heldOn: string;
                                id: number;
                                minutes: string | null;
                                reviews: ({
                                    attended: boolean;
                                    memberId: number;
                                    note: string | null;
                                    score: number;
                                    unitName: string;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                topic: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            members: ({
                                active: boolean;
                                id: number;
                                /** Format: date */
                                joinedOn: string;
                                leftOn: string | null;
                                leftReason: string | null;
                                replacedByName: string | null;
                                unitId: number;
                                unitKind: string;
                                unitName: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            name: string;
                            nextInTurn: ({
                                memberId: number;
                                unitName: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            projects: ({
                                completedOn: string | null;
                                declaredById: number;
                                declaredByName: string;
                                /** Format: date */
                                declaredOn: string;
                                description: string | null;
                                dueOn: string | null;
                                id: number;
                                leadMemberId: number;
                                leadName: string;
                                outcome: string | null;
                                startsOn: string | null;
                                status: string;
                                title: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            regionId: number;
                            terms: ({
                                chairMemberId: number;
                                chairName: string;
                                endedOn: string | null;
                                endKind: string | null;
                                endReason: string | null;
                                /** Format: date */
                                endsOn: string;
                                id: number;
                                /** Format: date */
                                startsOn: string;
                                termNo: number;
                            } & {
                                [key: string]: unknown;
                            })[];
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
    "/councils/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A council: member units (current and replaced, with reasons), chair terms, projects and meetings */
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
                /** @description A council: member units (current and replaced, with reasons), chair terms, projects and meetings */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            currentTerm: ({
                                chairMemberId: number;
                                chairName: string;
                                endedOn: string | null;
                                endKind: string | null;
                                endReason: string | null;
                                /** Format: date */
                                endsOn: string;
                                id: number;
                                /** Format: date */
                                startsOn: string;
                                termNo: number;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            /** Format: date */
                            foundedOn: string;
                            id: number;
                            meetings: ({
                                chairName: string | null;
                                /** Format: date */
                                heldOn: string;
                                id: number;
                                minutes: string | null;
                                reviews: ({
                                    attended: boolean;
                                    memberId: number;
                                    note: string | null;
                                    score: number;
                                    unitName: string;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                topic: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            members: ({
                                active: boolean;
                                id: number;
                                /** Format: date */
                                joinedOn: string;
                                leftOn: string | null;
                                leftReason: string | null;
                                replacedByName: string | null;
                                unitId: number;
                                unitKind: string;
                                unitName: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            name: string;
                            nextInTurn: ({
                                memberId: number;
                                unitName: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            projects: ({
                                completedOn: string | null;
                                declaredById: number;
                                declaredByName: string;
                                /** Format: date */
                                declaredOn: string;
                                description: string | null;
                                dueOn: string | null;
                                id: number;
                                leadMemberId: number;
                                leadName: string;
                                outcome: string | null;
                                startsOn: string | null;
                                status: string;
                                title: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            regionId: number;
                            terms: ({
                                chairMemberId: number;
                                chairName: string;
                                endedOn: string | null;
                                endKind: string | null;
                                endReason: string | null;
                                /** Format: date */
                                endsOn: string;
                                id: number;
                                /** Format: date */
                                startsOn: string;
                                termNo: number;
                            } & {
                                [key: string]: unknown;
                            })[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description not found in the actor’s scope */
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
    "/councils/{id}/meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A council meeting with the performance review (绩效考核) of each member unit */
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
                        minutes?: string | null;
                        /** @default [] */
                        reviews?: {
                            attended: boolean;
                            memberId: number;
                            note?: string | null;
                            score: number;
                        }[];
                        topic: string;
                    };
                };
            };
            responses: {
                /** @description A council meeting with the performance review (绩效考核) of each member unit */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            chairMemberId: number | null;
                            id: number;
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
    "/councils/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Admit a member unit of the region */
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
                        joinedOn?: string;
                        unitId: number;
                    };
                };
            };
            responses: {
                /** @description Admit a member unit of the region */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
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
    "/councils/{id}/members/{memberId}/replace": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Replace (淘汰更换) an inactive member unit, the reason recorded; optionally admit its replacement */
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
                        on?: string;
                        reason: string;
                        replacementUnitId?: number | null;
                    };
                };
            };
            responses: {
                /** @description Replace (淘汰更换) an inactive member unit, the reason recorded; optionally admit its replacement */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                /** @description the unit is the current chair */
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
    "/councils/{id}/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A member unit declares a co-building project; units lead in turn */
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
                        declaredByMemberId: number;
                        declaredOn?: string;
                        description?: string | null;
                        dueOn?: string;
                        leadMemberId?: number;
                        title: string;
                    };
                };
            };
            responses: {
                /** @description A member unit declares a co-building project; units lead in turn */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            leadMemberId: number;
                            /** @constant */
                            status: "declared";
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
    "/councils/{id}/replace-chair": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Replace an inactive rotating chair mid-term (淘汰更换轮值主席), the reason recorded */
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
                        chairMemberId: number;
                        on?: string;
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Replace an inactive rotating chair mid-term (淘汰更换轮值主席), the reason recorded */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            chairMemberId: number;
                            /** Format: date */
                            endsOn: string;
                            id: number;
                            /** Format: date */
                            startsOn: string;
                            termNo: number;
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
    "/councils/{id}/rotate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End the current chair’s term and hand the chair to the next member unit in turn */
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
                        chairMemberId?: number;
                        startsOn?: string;
                    };
                };
            };
            responses: {
                /** @description End the current chair’s term and hand the chair to the next member unit in turn */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            chairMemberId: number;
                            /** Format: date */
                            endsOn: string;
                            id: number;
                            /** Format: date */
                            startsOn: string;
                            termNo: number;
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
    "/councils/{id}/scoreboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Council scoreboard: per member unit, projects declared/led/completed, meetings attended, average score, active or not */
        get: {
            parameters: {
                query?: {
                    from?: string;
                    to?: string;
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
                /** @description Council scoreboard: per member unit, projects declared/led/completed, meetings attended, average score, active or not */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date */
                            from: string;
                            items: ({
                                active: boolean;
                                attended: number;
                                avgScore: number | null;
                                chairTerms: number;
                                completed: number;
                                current: boolean;
                                declared: number;
                                led: number;
                                meetings: number;
                                memberId: number;
                                unitName: string;
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
    "/coverage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Coverage by region: units with their own org, covered by the centre’s org, uncovered; members registered */
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
                /** @description Coverage by region: units with their own org, covered by the centre’s org, uncovered; members registered */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: ({
                                kind: string;
                                name: string;
                                nCount: number;
                                regionId: number;
                                registered: number;
                                registeredViaCentre: number;
                                shops: number;
                                townName: string;
                                unitCount: number;
                                unitsCoveredByCentre: number;
                                unitsUncovered: number;
                                unitsWithOrg: number;
                                workingMembers: number;
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
    "/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Overview: the five indicators for a period, structure totals and coverage by region */
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
                /** @description Overview: the five indicators for a period, structure totals and coverage by region */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            coverage: ({
                                kind: string;
                                name: string;
                                nCount: number;
                                regionId: number;
                                registered: number;
                                registeredViaCentre: number;
                                shops: number;
                                unitCount: number;
                                unitsCoveredByCentre: number;
                                unitsUncovered: number;
                                unitsWithOrg: number;
                                workingMembers: number;
                            } & {
                                [key: string]: unknown;
                            })[];
                            indicators: {
                                onTimeClosure: {
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
                                projectsCompleted: {
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
                                registrationRate: {
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
                                unitCoverage: {
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
                                unitsActive: {
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
                            period: {
                                /** Format: date */
                                from: string;
                                /** Format: date */
                                to: string;
                            } & {
                                [key: string]: unknown;
                            };
                            totals: {
                                /** @description active centres per level */
                                centres: {
                                    [key: string]: number;
                                };
                                centresTotal: number;
                                nOrgs: number;
                                overdueVisits: number;
                                regions: number;
                                registered: number;
                                shops: number;
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
    "/elections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Direct elections of regional committees in scope */
        get: {
            parameters: {
                query?: {
                    regionId?: number;
                };
                header?: never;
                path: {
                    city: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Direct elections of regional committees in scope */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: ({
                                ballotsCast: number | null;
                                electorate: number;
                                /** Format: date */
                                heldOn: string;
                                id: number;
                                memberSeats: number;
                                regionId: number;
                                regionName: string;
                                status: string;
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
        /** Open a direct election with no preset candidates (1 secretary + N committee members) */
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
                        electorate?: number;
                        heldOn?: string;
                        /** @default 5 */
                        memberSeats?: number;
                        regionId: number;
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Open a direct election with no preset candidates (1 secretary + N committee members) */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            status: string;
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
    "/elections/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An election with its count (when counted) */
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
                /** @description An election with its count (when counted) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ballotsCast: number | null;
                            ballotsEntered: number;
                            ballotsValid: number | null;
                            closedAt: string | null;
                            countedAt: string | null;
                            electedMembers: string[];
                            electedSecretary: string | null;
                            electorate: number;
                            /** Format: date */
                            heldOn: string;
                            id: number;
                            members: ({
                                elected: boolean;
                                memberId: number | null;
                                name: string;
                                rank: number;
                                votes: number;
                            } & {
                                [key: string]: unknown;
                            })[];
                            memberSeats: number;
                            regionId: number;
                            secretary: ({
                                elected: boolean;
                                memberId: number | null;
                                name: string;
                                rank: number;
                                votes: number;
                            } & {
                                [key: string]: unknown;
                            })[];
                            status: string;
                            /** @description more votes than this elect: half the electorate */
                            threshold: number;
                            title: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description not found in the actor’s scope */
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
    "/elections/{id}/ballots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The anonymous ballots of an election, each marked valid or not */
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
                /** @description The anonymous ballots of an election, each marked valid or not */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: ({
                                id: number;
                                members: string[];
                                secretary: string | null;
                                valid: boolean;
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
        /** Cast one ballot: free-text names. A member votes for themself; a teller enters paper ballots */
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
                        /** @default [] */
                        members?: string[];
                        /** @default null */
                        secretary?: string | null;
                        voterMemberId?: number;
                    };
                };
            };
            responses: {
                /** @description Cast one ballot: free-text names. A member votes for themself; a teller enters paper ballots */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description ballots entered by this request */
                            entered: number;
                            /** @description ballots of the election so far */
                            total: number;
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
                /** @description counted, closed, voted twice or more ballots than voters */
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
    "/elections/{id}/ballots/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Enter a stack of paper ballots */
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
                        ballots: {
                            /** @default [] */
                            members?: string[];
                            /** @default null */
                            secretary?: string | null;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Enter a stack of paper ballots */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description ballots entered by this request */
                            entered: number;
                            /** @description ballots of the election so far */
                            total: number;
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
    "/elections/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close an election (after counting, or to abandon it) */
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
                /** @description Close an election (after counting, or to abandon it) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            status: string;
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
    "/elections/{id}/count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Count the ballots, once: elected secretary and committee members */
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
                /** @description Count the ballots, once: elected secretary and committee members */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ballotsCast: number | null;
                            ballotsEntered: number;
                            ballotsValid: number | null;
                            closedAt: string | null;
                            countedAt: string | null;
                            electedMembers: string[];
                            electedSecretary: string | null;
                            electorate: number;
                            /** Format: date */
                            heldOn: string;
                            id: number;
                            invalid: number;
                            members: ({
                                elected: boolean;
                                memberId: number | null;
                                name: string;
                                rank: number;
                                votes: number;
                            } & {
                                [key: string]: unknown;
                            })[];
                            memberSeats: number;
                            regionId: number;
                            secretary: ({
                                elected: boolean;
                                memberId: number | null;
                                name: string;
                                rank: number;
                                votes: number;
                            } & {
                                [key: string]: unknown;
                            })[];
                            status: string;
                            /** @description more votes than this elect: half the electorate */
                            threshold: number;
                            title: string;
                            /** @description committee seats no one won */
                            unfilledMemberSeats: number;
                            /** @description no secretary won a majority: another round */
                            unfilledSecretary: boolean;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description already counted, closed, or too few voters */
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
    "/flowing-branches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Flowing party branches of members from elsewhere */
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
                /** @description Flowing party branches of members from elsewhere */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: ({
                                contactName: string | null;
                                /** Format: date */
                                establishedOn: string;
                                id: number;
                                memberCount: number;
                                name: string;
                                orgId: number;
                                origin: string;
                                originOrgName: string | null;
                                parentName: string | null;
                                regionId: number | null;
                                regionName: string | null;
                                /** @description activities by kind: investment summed in 万元, the others counted */
                                totals: {
                                    [key: string]: number;
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
        /** Set up a flowing party branch (e.g. 驻台州流动党支部) in the tree */
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
                        contactName?: string | null;
                        establishedOn?: string;
                        name: string;
                        origin: string;
                        originOrgName?: string | null;
                        parentOrgId: number;
                        regionId?: number | null;
                    };
                };
            };
            responses: {
                /** @description Set up a flowing party branch (e.g. 驻台州流动党支部) in the tree */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            activities: ({
                                amount: number | null;
                                description: string;
                                /** Format: date */
                                happenedOn: string;
                                id: number;
                                kind: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            contactName: string | null;
                            /** Format: date */
                            establishedOn: string;
                            id: number;
                            memberCount: number;
                            members: ({
                                id: number;
                                /** Format: date */
                                joinedOn: string;
                                leftOn: string | null;
                                memberId: number;
                                name: string;
                                occupation: string | null;
                            } & {
                                [key: string]: unknown;
                            })[];
                            name: string;
                            orgId: number;
                            origin: string;
                            originOrgName: string | null;
                            parentName: string | null;
                            regionId: number | null;
                            regionName: string | null;
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
    "/flowing-branches/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A flowing branch with its members and activities */
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
                /** @description A flowing branch with its members and activities */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            activities: ({
                                amount: number | null;
                                description: string;
                                /** Format: date */
                                happenedOn: string;
                                id: number;
                                kind: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            contactName: string | null;
                            /** Format: date */
                            establishedOn: string;
                            id: number;
                            memberCount: number;
                            members: ({
                                id: number;
                                /** Format: date */
                                joinedOn: string;
                                leftOn: string | null;
                                memberId: number;
                                name: string;
                                occupation: string | null;
                            } & {
                                [key: string]: unknown;
                            })[];
                            name: string;
                            orgId: number;
                            origin: string;
                            originOrgName: string | null;
                            parentName: string | null;
                            regionId: number | null;
                            regionName: string | null;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description not found in the actor’s scope */
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
    "/flowing-branches/{id}/activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record what the branch did (investment attracted, incidents handled, disputes settled…) */
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
                        amount?: number;
                        description: string;
                        happenedOn: string;
                        /** @enum {string} */
                        kind: "investment" | "incident" | "dispute" | "employment" | "other";
                    };
                };
            };
            responses: {
                /** @description Record what the branch did (investment attracted, incidents handled, disputes settled…) */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            amount: number;
                            id: number;
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
    "/flowing-branches/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take a flowing member into the branch (activity affiliation; the relation stays at home) */
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
                        joinedOn?: string;
                        memberId: number;
                    };
                };
            };
            responses: {
                /** @description Take a flowing member into the branch (activity affiliation; the relation stays at home) */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            /** Format: date */
                            joinedOn: string;
                            memberId: number;
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
    "/flowing-branches/{id}/members/{memberId}/leave": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A member leaves the branch (went home or moved on) */
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
                        leftOn?: string;
                    };
                };
            };
            responses: {
                /** @description A member leaves the branch (went home or moved on) */
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
    "/lookups/areas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Areas inside a town (communities and compounds), with the region each belongs to */
        get: {
            parameters: {
                query?: {
                    townOrgId?: number;
                };
                header?: never;
                path: {
                    city: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Areas inside a town (communities and compounds), with the region each belongs to */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: ({
                                id: number;
                                kind: string;
                                name: string;
                                parentId: number | null;
                                regionId: number | null;
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
    "/lookups/flowing-members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Flowing members to take into a branch: by name, those the actor looks after */
        get: {
            parameters: {
                query?: {
                    branchId?: number;
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
                /** @description Flowing members to take into a branch: by name, those the actor looks after */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: ({
                                id: number;
                                name: string;
                                orgName: string;
                                regionName: string | null;
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
    "/lookups/towns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Town/street committees a region can be drawn under */
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
                /** @description Town/street committees a region can be drawn under */
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
    "/lookups/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Units to add to a region (by default only those in no region yet) */
        get: {
            parameters: {
                query?: {
                    free?: "true" | "false";
                    limit?: number;
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
                /** @description Units to add to a region (by default only those in no region yet) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: ({
                                id: number;
                                kind: string;
                                name: string;
                                orgId: number | null;
                                regionId: number | null;
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
    "/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in member’s own registration, shop and nominations */
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
                /** @description The signed-in member’s own registration, shop and nominations */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            memberId: number | null;
                            registrations: ({
                                endedOn: string | null;
                                id: number;
                                regionId: number;
                                regionName: string;
                                /** Format: date */
                                registeredOn: string;
                                shopDisplayedOn: string | null;
                                shopName: string | null;
                                via: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            worksIn: ({
                                id: number;
                                name: string;
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
    "/me/services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in member’s own service records and confirmed hours */
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
                /** @description The signed-in member’s own service records and confirmed hours */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            confirmedHours: number;
                            items: ({
                                confirmedOn: string | null;
                                content: string;
                                hours: number;
                                id: number;
                                memberId: number;
                                memberName: string;
                                regionId: number;
                                regionName: string;
                                registrationId: number;
                                /** Format: date */
                                servedOn: string;
                                status: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            submitted: number;
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
    "/nominations/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Award (or not) a 共产党员示范店 nomination */
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
                        awarded: boolean;
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Award (or not) a 共产党员示范店 nomination */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            status: string;
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
    "/reception-days": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Party-representative reception days with their visits and follow-up counts */
        get: {
            parameters: {
                query?: {
                    regionId?: number;
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
                /** @description Party-representative reception days with their visits and follow-up counts */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: ({
                                /** Format: date */
                                heldOn: string;
                                id: number;
                                month: string;
                                openFollowUps: number;
                                regionId: number;
                                regionName: string;
                                representatives: string[];
                                rescheduleReason: string | null;
                                visits: number;
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
        /** Hold the monthly reception day (the configured day; another day needs a reason) */
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
                        heldOn: string;
                        regionId: number;
                        representatives: string[];
                        rescheduleReason?: string | null;
                    };
                };
            };
            responses: {
                /** @description Hold the monthly reception day (the configured day; another day needs a reason) */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
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
                /** @description already held that month */
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
    "/reception-days/{id}/visits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Visits received on a reception day */
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
                /** @description Visits received on a reception day */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: ({
                                closedOn: string | null;
                                followUpDueOn: string | null;
                                followUpNote: string | null;
                                followUpStatus: string;
                                id: number;
                                issue: string;
                                receptionDayId: number;
                                representative: string;
                                visitorMemberId: number | null;
                                visitorName: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            representatives: string[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Record a visit received by a representative on the day */
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
                        followUpDueOn?: string;
                        issue: string;
                        representative: string;
                        visitorMemberId?: number | null;
                        visitorName: string;
                    };
                };
            };
            responses: {
                /** @description Record a visit received by a representative on the day */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
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
    "/reception-visits/{id}/follow-up": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Follow up a reception-day visit (resolved or explained closes it) */
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
                        dueOn?: string;
                        note: string;
                        /** @enum {string} */
                        status: "pending" | "in_progress" | "resolved" | "explained";
                    };
                };
            };
            responses: {
                /** @description Follow up a reception-day visit (resolved or explained closes it) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
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
    "/reception-visits/open": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Reception-day visits still being followed up, oldest first */
        get: {
            parameters: {
                query?: {
                    regionId?: number;
                };
                header?: never;
                path: {
                    city: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Reception-day visits still being followed up, oldest first */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: ({
                                closedOn: string | null;
                                followUpDueOn: string | null;
                                followUpNote: string | null;
                                followUpStatus: string;
                                /** Format: date */
                                heldOn: string;
                                id: number;
                                issue: string;
                                overdue: boolean;
                                receptionDayId: number;
                                regionName: string;
                                representative: string;
                                visitorMemberId: number | null;
                                visitorName: string;
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
    "/regions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Regions visible to the actor, with their 1+N+1 counts */
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
                /** @description Regions visible to the actor, with their 1+N+1 counts */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: ({
                                centreOrgId: number | null;
                                centreOrgName: string | null;
                                description: string | null;
                                establishedOn: string | null;
                                id: number;
                                kind: string;
                                name: string;
                                nCount: number;
                                regionalOrgId: number;
                                regionalOrgName: string;
                                registered: number;
                                registeredViaCentre: number;
                                shops: number;
                                townName: string;
                                townOrgId: number;
                                townPlaceId: number | null;
                                unitCount: number;
                                unitsCoveredByCentre: number;
                                unitsUncovered: number;
                                unitsWithOrg: number;
                                workingMembers: number;
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
        /** Draw a region inside a town/street: creates the regional org and the service centre’s org */
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
                        centreOrgName?: string;
                        description?: string | null;
                        establishedOn?: string;
                        /** @enum {string} */
                        kind: "business_district" | "industrial_cluster" | "auto_trade" | "commercial_street" | "market" | "other";
                        name: string;
                        /** @default [] */
                        placeIds?: number[];
                        regionalOrgName?: string;
                        townOrgId: number;
                        /** @default [] */
                        unitIds?: number[];
                    };
                };
            };
            responses: {
                /** @description Draw a region inside a town/street: creates the regional org and the service centre’s org */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            centreOrgId: number | null;
                            centreOrgName: string | null;
                            description: string | null;
                            establishedOn: string | null;
                            id: number;
                            kind: string;
                            name: string;
                            regionalOrgId: number;
                            regionalOrgName: string;
                            townName: string;
                            townOrgId: number;
                            townPlaceId: number | null;
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
                /** @description area or unit already in a region */
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
    "/regions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One region with its areas, units and current N */
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
                /** @description One region with its areas, units and current N */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            centreOrgId: number | null;
                            centreOrgName: string | null;
                            description: string | null;
                            establishedOn: string | null;
                            id: number;
                            kind: string;
                            name: string;
                            nCount: number;
                            places: ({
                                id: number;
                                kind: string;
                                name: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            regionalOrgId: number;
                            regionalOrgName: string;
                            registered: number;
                            registeredViaCentre: number;
                            shops: number;
                            townName: string;
                            townOrgId: number;
                            townPlaceId: number | null;
                            unitCount: number;
                            units: ({
                                centreCoveredSince: string | null;
                                centreLiaison: string | null;
                                id: number;
                                /** Format: date */
                                joinedOn: string;
                                kind: string;
                                memberCount: number;
                                name: string;
                                orgId: number | null;
                                orgName: string | null;
                            } & {
                                [key: string]: unknown;
                            })[];
                            unitsCoveredByCentre: number;
                            unitsUncovered: number;
                            unitsWithOrg: number;
                            workingMembers: number;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description not found in the actor’s scope */
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
        /** Rename or describe a region */
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
                        description?: string | null;
                        /** @enum {string} */
                        kind?: "business_district" | "industrial_cluster" | "auto_trade" | "commercial_street" | "market" | "other";
                        name?: string;
                    };
                };
            };
            responses: {
                /** @description Rename or describe a region */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            centreOrgId: number | null;
                            centreOrgName: string | null;
                            description: string | null;
                            establishedOn: string | null;
                            id: number;
                            kind: string;
                            name: string;
                            regionalOrgId: number;
                            regionalOrgName: string;
                            townName: string;
                            townOrgId: number;
                            townPlaceId: number | null;
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
                /** @description not found in the actor’s scope */
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
    "/regions/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Where each org of the N sat before, since when, and returns */
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
                /** @description Where each org of the N sat before, since when, and returns */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: ({
                                id: number;
                                /** Format: date-time */
                                movedAt: string;
                                orgId: number;
                                orgName: string;
                                previousParentId: number | null;
                                previousParentName: string | null;
                                returnedAt: string | null;
                                returnedToName: string | null;
                                returnReason: string | null;
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
    "/regions/{id}/mass-orgs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Attach a mass organization (团委, 妇联, 工会) mirroring the structure */
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
                        establishedOn?: string;
                        /** @enum {string} */
                        kind: "youth_league" | "women_federation" | "trade_union" | "other";
                        leaderName?: string | null;
                        mirrorsOrgId?: number | null;
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Attach a mass organization (团委, 妇联, 工会) mirroring the structure */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            establishedOn: string | null;
                            id: number;
                            kind: string;
                            leaderName: string | null;
                            mirrorsOrgId: number | null;
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
    "/regions/{id}/n-candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Orgs of the region’s units and areas, each marked eligible for the N or refused with the reason */
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
                /** @description Orgs of the region’s units and areas, each marked eligible for the N or refused with the reason */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: ({
                                kind: string;
                                memberCount: number;
                                name: string;
                                orgId: number;
                                parentId: number | null;
                                parentName: string | null;
                                /** @description why it cannot join the N, or null when it can */
                                refusal: ({
                                    code: string;
                                    reason: string;
                                } & {
                                    [key: string]: unknown;
                                }) | null;
                                unitId: number | null;
                                unitKind: string | null;
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
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/regions/{id}/n-orgs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move orgs under the regional org (the N), in one transaction, keeping where each sat before */
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
                        orgIds: number[];
                    };
                };
            };
            responses: {
                /** @description Move orgs under the regional org (the N), in one transaction, keeping where each sat before */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                [key: string]: unknown;
                            }[];
                            /** Format: date-time */
                            movedAt: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description a government or public-institution org, or an org outside the region */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description already in a region */
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
    "/regions/{id}/n-orgs/{orgId}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Return an org of the N to where it sat before (reason recorded) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    city: string;
                    id: number;
                    orgId: number;
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
                /** @description Return an org of the N to where it sat before (reason recorded) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            moved: boolean;
                            /** @constant */
                            ok: true;
                            parentId: number | null;
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
    "/regions/{id}/pending": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Members working in the region’s units who have not registered yet */
        get: {
            parameters: {
                query?: {
                    limit?: number;
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
                /** @description Members working in the region’s units who have not registered yet */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: ({
                                category: string;
                                memberId: number;
                                memberName: string;
                                unitHasOrg: boolean;
                                unitId: number;
                                unitName: string;
                                via: string;
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
    "/regions/{id}/places": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add areas (communities, compounds, parks) inside the town */
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
                        placeIds: number[];
                    };
                };
            };
            responses: {
                /** @description Add areas (communities, compounds, parks) inside the town */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @constant */
                            ok: true;
                            placeIds: number[];
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
    "/regions/{id}/registrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Members registered in the region (current), with shops that 亮牌 */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    q?: string;
                    shop?: "true" | "false";
                    via?: "unit_org" | "centre_org";
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
                /** @description Members registered in the region (current), with shops that 亮牌 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: ({
                                category: string;
                                id: number;
                                memberId: number;
                                memberName: string;
                                /** @description of the latest year’s nomination, if any */
                                nominationStatus: string | null;
                                /** Format: date */
                                registeredOn: string;
                                shopDisplayedOn: string | null;
                                shopName: string | null;
                                unitName: string | null;
                                via: string;
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
        /** Register a member with the region (a member may register themself) */
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
                        registeredOn?: string;
                    };
                };
            };
            responses: {
                /** @description Register a member with the region (a member may register themself) */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
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
                /** @description already registered */
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
    "/regions/{id}/registrations/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Register several members at once (all or none) */
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
                        memberIds: number[];
                        registeredOn?: string;
                    };
                };
            };
            responses: {
                /** @description Register several members at once (all or none) */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            count: number;
                            items: ({
                                id: number;
                            } & {
                                [key: string]: unknown;
                            })[];
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
    "/regions/{id}/services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Service logged by the region’s members, by status */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    status?: "submitted" | "confirmed" | "rejected";
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
                /** @description Service logged by the region’s members, by status */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: ({
                                /** @description per action: may the caller do it on this record, and why not */
                                actions: {
                                    decide: {
                                        allowed: boolean;
                                        reason?: string;
                                    };
                                };
                                confirmedOn: string | null;
                                content: string;
                                hours: number;
                                id: number;
                                memberId: number;
                                memberName: string;
                                regionId: number;
                                regionName: string;
                                registrationId: number;
                                /** Format: date */
                                servedOn: string;
                                status: string;
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
    "/regions/{id}/shops": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Shops that 亮牌 and their 示范店 nominations */
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
                /** @description Shops that 亮牌 and their 示范店 nominations */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: ({
                                memberName: string;
                                nominationId: number | null;
                                registrationId: number;
                                shopDisplayedOn: string | null;
                                shopName: string;
                                status: string | null;
                                year: number | null;
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
    "/regions/{id}/structure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The 1+N+1 structure: regional org, the N, the service centre’s org, mass orgs, flowing branches, and the orgs that stay */
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
                /** @description The 1+N+1 structure: regional org, the N, the service centre’s org, mass orgs, flowing branches, and the orgs that stay */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            centreOrg: {
                                id: number;
                                memberCount: number;
                                name: string;
                                nCount: number;
                                registered: number;
                                registeredViaCentre: number;
                                shops: number;
                                unitCount: number;
                                unitsCoveredByCentre: number;
                                unitsUncovered: number;
                                unitsWithOrg: number;
                                workingMembers: number;
                            } & {
                                [key: string]: unknown;
                            };
                            flowingBranches: ({
                                id: number;
                                memberCount: number;
                                name: string;
                                orgId: number;
                                origin: string;
                                parentId: number | null;
                            } & {
                                [key: string]: unknown;
                            })[];
                            massOrgs: ({
                                id: number;
                                kind: string;
                                leaderName: string | null;
                                mirrorsOrgId: number | null;
                                name: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            n: ({
                                kind: string;
                                memberCount: number;
                                /** Format: date-time */
                                movedAt: string;
                                name: string;
                                orgId: number;
                                previousParentName: string | null;
                                underRegionalOrg: boolean;
                                unitKind: string | null;
                                unitName: string | null;
                            } & {
                                [key: string]: unknown;
                            })[];
                            region: {
                                centreOrgId: number | null;
                                centreOrgName: string | null;
                                description: string | null;
                                establishedOn: string | null;
                                id: number;
                                kind: string;
                                name: string;
                                regionalOrgId: number;
                                regionalOrgName: string;
                                townName: string;
                                townOrgId: number;
                                townPlaceId: number | null;
                            } & {
                                [key: string]: unknown;
                            };
                            regionalOrg: {
                                id: number;
                                memberCount: number;
                                name: string;
                            } & {
                                [key: string]: unknown;
                            };
                            stayingOrgs: ({
                                name: string;
                                orgId: number;
                                unitKind: string;
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
    "/regions/{id}/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add units (with or without a party org) to the region */
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
                        joinedOn?: string;
                        unitIds: number[];
                    };
                };
            };
            responses: {
                /** @description Add units (with or without a party org) to the region */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: ({
                                id: number;
                            } & {
                                [key: string]: unknown;
                            })[];
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
    "/regions/{id}/units/{unitId}/remove": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take a unit out of the region (its org must have returned first) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    city: string;
                    id: number;
                    unitId: number;
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
                /** @description Take a unit out of the region (its org must have returned first) */
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
                /** @description the unit’s org is still in the N */
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
    "/registrations/{id}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End a registration (left the region), reason recorded */
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
                        endedOn?: string;
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description End a registration (left the region), reason recorded */
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
    "/registrations/{id}/nominations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Nominate a 亮牌 shop for 共产党员示范店 in a year */
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
                        year: number;
                    };
                };
            };
            responses: {
                /** @description Nominate a 亮牌 shop for 共产党员示范店 in a year */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
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
                /** @description already nominated that year */
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
    "/registrations/{id}/services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 奉献双岗位: log a service the registered member gave in the region (awaits the region’s confirmation) */
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
                        content: string;
                        hours: number;
                        servedOn: string;
                    };
                };
            };
            responses: {
                /** @description 奉献双岗位: log a service the registered member gave in the region (awaits the region’s confirmation) */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            hours: number;
                            id: number;
                            memberId: number;
                            regionId: number;
                            registrationId: number;
                            /** Format: date */
                            servedOn: string;
                            status: string;
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
                /** @description the registration has ended */
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
    "/registrations/{id}/shop": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 亮牌: a shop-owner member shows their party identity at their shop */
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
                        displayedOn?: string;
                        shopName: string;
                    };
                };
            };
            responses: {
                /** @description 亮牌: a shop-owner member shows their party identity at their shop */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            /** Format: date */
                            shopDisplayedOn: string;
                            shopName: string;
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
    "/services/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm or reject a submitted service record (the region’s org) */
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
                        confirmed: boolean;
                    };
                };
            };
            responses: {
                /** @description Confirm or reject a submitted service record (the region’s org) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date */
                            confirmedOn: string;
                            id: number;
                            status: string;
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
                /** @description already decided */
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
    "/visits/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Complete a time-limited request (办结); late completions stay flagged */
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
                        result: string;
                    };
                };
            };
            responses: {
                /** @description Complete a time-limited request (办结); late completions stay flagged */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            centreId: number;
                            centreName: string;
                            completedOn: string | null;
                            daysLeft: number | null;
                            dueOn: string | null;
                            firstResponder: string;
                            id: number;
                            late: boolean;
                            overdue: boolean;
                            /** Format: date-time */
                            receivedAt: string;
                            /** Format: date */
                            receivedOn: string;
                            referredTo: string | null;
                            result: string | null;
                            service: string;
                            status: string;
                            subject: string;
                            timeLimited: boolean;
                            visitorMemberId: number | null;
                            visitorName: string;
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
    "/visits/overdue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Time-limited requests past their deadline and still open, across the centres in scope */
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
                /** @description Time-limited requests past their deadline and still open, across the centres in scope */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: ({
                                centreId: number;
                                centreName: string;
                                completedOn: string | null;
                                daysLeft: number | null;
                                dueOn: string | null;
                                firstResponder: string;
                                id: number;
                                late: boolean;
                                overdue: boolean;
                                /** Format: date-time */
                                receivedAt: string;
                                /** Format: date */
                                receivedOn: string;
                                referredTo: string | null;
                                result: string | null;
                                service: string;
                                status: string;
                                subject: string;
                                timeLimited: boolean;
                                visitorMemberId: number | null;
                                visitorName: string;
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
