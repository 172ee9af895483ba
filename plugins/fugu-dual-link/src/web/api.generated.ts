// Generated from the API's OpenAPI document (/api/openapi.json) by `pnpm --filter @jiceng/api web-api-types`.
// Do not edit: change the route's describe()/validate() schemas and regenerate (a test fails while this is stale).

export interface paths {
    "/activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A community’s activities with the number who joined */
        get: {
            parameters: {
                query: {
                    communityOrgId: number;
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
                /** @description A community’s activities with the number who joined */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: ({
                                description: string | null;
                                /** Format: date */
                                heldOn: string;
                                id: number;
                                kind: string;
                                location: string | null;
                                participants: number;
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
        /** Record a community activity and who joined it (活动记录卡) */
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
                        description?: string | null;
                        heldOn: string;
                        hours?: number | null;
                        /** @enum {string} */
                        kind: "collective" | "service" | "study" | "culture" | "meeting";
                        location?: string | null;
                        /** @default [] */
                        participants?: number[];
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Record a community activity and who joined it (活动记录卡) */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            participants: number;
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
    "/activities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One activity and its participants */
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
                /** @description One activity and its participants */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            communityOrgId: number;
                            /** Format: date */
                            heldOn: string;
                            id: number;
                            kind: string;
                            participants: {
                                [key: string]: unknown;
                            }[];
                            title: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description no such activity */
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
    "/activities/{id}/participants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add members who joined an activity */
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
                        hours?: number | null;
                        registrationIds: number[];
                    };
                };
            };
            responses: {
                /** @description Add members who joined an activity */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            added: number;
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
                /** @description no such activity */
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
    "/appraisals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Appraisals of a year in the actor’s scope, with the community’s year-end card beside each (三挂钩) */
        get: {
            parameters: {
                query: {
                    grade?: "excellent" | "qualified" | "basic" | "unqualified";
                    orgId?: number;
                    page?: number;
                    pageSize?: number;
                    year: number;
                };
                header?: never;
                path: {
                    city: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Appraisals of a year in the actor’s scope, with the community’s year-end card beside each (三挂钩) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            distribution: {
                                counts: {
                                    [key: string]: number;
                                };
                                total: number;
                                year: number;
                            } & {
                                [key: string]: unknown;
                            };
                            items: ({
                                branchName: string;
                                branchScore: number | null;
                                cadreRank: string;
                                communityOverall: string | null;
                                /** @enum {string} */
                                grade: "excellent" | "qualified" | "basic" | "unqualified";
                                id: number;
                                massScore: number | null;
                                memberId: number;
                                memberName: string;
                                note: string | null;
                                peerScore: number | null;
                                total: number | null;
                            } & {
                                [key: string]: unknown;
                            })[];
                            page: number;
                            pageSize: number;
                            thresholds: {
                                basic: number;
                                excellent: number;
                                qualified: number;
                            };
                            total: number;
                            /** @description percent weights of the peers’, residents’ and branch’s scores */
                            weights: {
                                branch: number;
                                mass: number;
                                peer: number;
                            };
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        /** Record a member’s annual appraisal; the grade comes from the city’s weights and thresholds */
        put: {
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
                        branchScore: number;
                        massScore: number;
                        memberId: number;
                        note?: string | null;
                        peerScore: number;
                        year: number;
                    };
                };
            };
            responses: {
                /** @description Record a member’s annual appraisal; the grade comes from the city’s weights and thresholds */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description true when this was the member’s first appraisal of the year */
                            created: boolean;
                            /** @enum {string} */
                            grade: "excellent" | "qualified" | "basic" | "unqualified";
                            id: number;
                            memberId: number;
                            total: number;
                            /** @description percent weights of the peers’, residents’ and branch’s scores */
                            weights: {
                                branch: number;
                                mass: number;
                                peer: number;
                            };
                            year: number;
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
                /** @description member outside the actor’s units */
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
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/appraisals/distribution": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many members got each grade in a year */
        get: {
            parameters: {
                query: {
                    orgId?: number;
                    year: number;
                };
                header?: never;
                path: {
                    city: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description How many members got each grade in a year */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            counts: {
                                [key: string]: number;
                            };
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
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/boards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Compounds with a supervision board */
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
                /** @description Compounds with a supervision board */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
        /** A supervision board for printing */
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
                /** @description A supervision board for printing */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                            notListed: number;
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
                            registered: number;
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
    "/budget": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Activity and training budget per branch (per member per year, from the city’s config) and in total */
        get: {
            parameters: {
                query?: {
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
                /** @description Activity and training budget per branch (per member per year, from the city’s config) and in total */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: ({
                                activityFund: number;
                                kind: string;
                                members: number;
                                orgId: number;
                                orgName: string;
                                parentName: string | null;
                                total: number;
                                trainingFund: number;
                            } & {
                                [key: string]: unknown;
                            })[];
                            perMember: {
                                activity: number;
                                training: number;
                            } & {
                                [key: string]: unknown;
                            };
                            totals: {
                                activityFund: number;
                                branches: number;
                                members: number;
                                total: number;
                                trainingFund: number;
                            } & {
                                [key: string]: unknown;
                            };
                            year: number;
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
    "/campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Rollout campaigns with progress per step in the actor’s scope */
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
                /** @description Rollout campaigns with progress per step in the actor’s scope */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: ({
                                id: number;
                                name: string;
                                /** Format: date */
                                startedOn: string;
                                steps: ({
                                    deadline: string | null;
                                    done: number;
                                    onTime: number;
                                    overdue: number;
                                    rate: number | null;
                                    step: string;
                                    total: number;
                                } & {
                                    [key: string]: unknown;
                                })[];
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
        /** Start a rollout: the five steps with deadlines, for every unit and community org (or those given) */
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
                        deadlines: {
                            activities: string;
                            feedback: string;
                            link: string;
                            mobilize: string;
                            summary: string;
                        };
                        name: string;
                        orgIds?: number[];
                        startedOn: string;
                    };
                };
            };
            responses: {
                /** @description Start a rollout: the five steps with deadlines, for every unit and community org (or those given) */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            /** @description orgs that take part */
                            orgs: number;
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
    "/campaigns/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One campaign: each step’s progress, each org’s steps, inspection groups */
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
                /** @description One campaign: each step’s progress, each org’s steps, inspection groups */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            deadlines: {
                                [key: string]: string;
                            };
                            id: number;
                            inspectionGroups: ({
                                centreId: number;
                                centreName: string;
                                id: number;
                                leader: string;
                                members: string | null;
                                name: string;
                                records: ({
                                    findings: string;
                                    id: number;
                                    orgName: string;
                                    /** Format: date */
                                    visitedOn: string;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                steps: ({
                                    deadline: string | null;
                                    done: number;
                                    onTime: number;
                                    overdue: number;
                                    rate: number | null;
                                    step: string;
                                    total: number;
                                } & {
                                    [key: string]: unknown;
                                })[];
                            } & {
                                [key: string]: unknown;
                            })[];
                            name: string;
                            orgs: ({
                                kind: string;
                                orgId: number;
                                orgName: string;
                                /** @description by step, the steps the org has */
                                steps: {
                                    [key: string]: {
                                        /** Format: date */
                                        deadline: string;
                                        doneOn: string | null;
                                        note: string | null;
                                        /** @enum {string} */
                                        state: "done" | "late" | "overdue" | "open";
                                    } & {
                                        [key: string]: unknown;
                                    };
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** Format: date */
                            startedOn: string;
                            steps: ({
                                deadline: string | null;
                                done: number;
                                onTime: number;
                                overdue: number;
                                rate: number | null;
                                step: string;
                                total: number;
                            } & {
                                [key: string]: unknown;
                            })[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description no such campaign */
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
    "/campaigns/{id}/inspection-groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Form an inspection group (督查组) and assign it to a service centre */
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
                        centreId: number;
                        leader: string;
                        members?: string | null;
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Form an inspection group (督查组) and assign it to a service centre */
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
                /** @description no such campaign */
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
    "/campaigns/{id}/orgs/{orgId}/steps/{step}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set one org’s deadline for a step */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    city: string;
                    id: number;
                    orgId: number;
                    step: "mobilize" | "link" | "activities" | "feedback" | "summary";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        deadline: string;
                    };
                };
            };
            responses: {
                /** @description Set one org’s deadline for a step */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date */
                            deadline: string;
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
                /** @description no such campaign or org step */
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
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{id}/orgs/{orgId}/steps/{step}/done": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** An org reports a step done (steps go in order) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    city: string;
                    id: number;
                    orgId: number;
                    step: "mobilize" | "link" | "activities" | "feedback" | "summary";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        doneOn?: string;
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description An org reports a step done (steps go in order) */
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
                /** @description Invalid input: the field and a message in the caller’s language */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description an earlier step is not done */
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
    "/change-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Post-change requests in the communities the actor manages */
        get: {
            parameters: {
                query?: {
                    communityOrgId?: number;
                    status?: "pending" | "approved" | "rejected";
                };
                header?: never;
                path: {
                    city: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Post-change requests in the communities the actor manages */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: ({
                                communityName: string;
                                decidedOn: string | null;
                                decisionNote: string | null;
                                id: number;
                                memberName: string;
                                newPostName: string | null;
                                postName: string | null;
                                reason: string;
                                registrationId: number;
                                /** @description pending, approved or rejected */
                                status: string;
                                /** Format: date */
                                unableFrom: string;
                                /** Format: date */
                                unableUntil: string;
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
    "/change-requests/{id}/decide": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The community approves (moving the member to a new post, or none) or rejects a change request */
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
                        approve: boolean;
                        newPostId?: number | null;
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description The community approves (moving the member to a new post, or none) or rejects a change request */
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
                /** @description no such request */
                404: {
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
    "/communities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every community org of the city (any unit may send members there), optionally with compounds and buildings */
        get: {
            parameters: {
                query?: {
                    places?: "true" | "false";
                };
                header?: never;
                path: {
                    city: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every community org of the city (any unit may send members there), optionally with compounds and buildings */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: ({
                                /** @description with ?places=true: the compounds under the community’s place and their buildings */
                                compounds?: {
                                    buildings: {
                                        id: number;
                                        name: string;
                                    }[];
                                    id: number;
                                    name: string;
                                }[];
                                id: number;
                                managed: boolean;
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
    "/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This year at a glance: the model’s indicators, registrations per community, flags, grades and the rollout */
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
                /** @description This year at a glance: the model’s indicators, registrations per community, flags, grades and the rollout */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            campaign: ({
                                id: number;
                                name: string;
                                steps: ({
                                    deadline: string | null;
                                    done: number;
                                    onTime: number;
                                    overdue: number;
                                    rate: number | null;
                                    step: string;
                                    total: number;
                                } & {
                                    [key: string]: unknown;
                                })[];
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            flags: {
                                [key: string]: number;
                            };
                            grades: {
                                lastYear: {
                                    counts: {
                                        [key: string]: number;
                                    };
                                    total: number;
                                    year: number;
                                } & {
                                    [key: string]: unknown;
                                };
                                thisYear: {
                                    counts: {
                                        [key: string]: number;
                                    };
                                    total: number;
                                    year: number;
                                } & {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            };
                            indicators: ({
                                id: string;
                                /** @description a model-specific indicator’s words; null for one of core’s catalogue */
                                meta: ({
                                    definition: {
                                        en: string;
                                        "zh-CN": string;
                                    };
                                    /** @enum {string} */
                                    direction: "higher_is_better" | "lower_is_better";
                                    names: {
                                        en: string;
                                        "zh-CN": string;
                                    };
                                    period: string;
                                    unit: string;
                                } & {
                                    [key: string]: unknown;
                                }) | null;
                                value: ({
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
                            } & {
                                [key: string]: unknown;
                            })[];
                            period: {
                                /** Format: date */
                                from: string;
                                /** Format: date */
                                to: string;
                            };
                            registrationsByCommunity: ({
                                filed: number;
                                orgId: number;
                                orgName: string;
                                sent: number;
                                stamped: number;
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** Format: date */
                            today: string;
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
    "/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Six-month lapses awaiting or past a branch decision */
        get: {
            parameters: {
                query?: {
                    status?: "pending" | "excused" | "warned" | "proposed" | "approved" | "rejected";
                };
                header?: never;
                path: {
                    city: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Six-month lapses awaiting or past a branch decision */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: ({
                                branchMeetingOn: string | null;
                                branchName: string;
                                branchOrgId: number;
                                decidedOn: string | null;
                                id: number;
                                /** Format: date */
                                lapseSince: string;
                                memberId: number;
                                memberName: string;
                                note: string | null;
                                /** Format: date */
                                raisedOn: string;
                                reason: string;
                                /** @description pending, excused, warned, proposed, approved or rejected */
                                status: string;
                                upperDecidedOn: string | null;
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
    "/decisions/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The higher org approves or rejects a branch meeting’s proposal */
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
                        approve: boolean;
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description The higher org approves or rejects a branch meeting’s proposal */
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
                /** @description only an org above the branch approves */
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/decisions/{id}/decide": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The branch decides: justified, warned with a deadline, or (by branch meeting) proposed as having left the Party */
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
                        branchMeetingOn?: string;
                        /** @enum {string} */
                        decision: "excused" | "warned" | "proposed";
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description The branch decides: justified, warned with a deadline, or (by branch meeting) proposed as having left the Party */
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
                /** @description no such lapse */
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
    "/feedback-cards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Feedback cards: sent by the actor’s communities, received by their units, routed to the office, or the member’s own */
        get: {
            parameters: {
                query?: {
                    box?: "sent" | "unit" | "office" | "mine";
                    communityOrgId?: number;
                    kind?: "half_year" | "annual";
                    page?: number;
                    pageSize?: number;
                    periodKey?: string;
                };
                header?: never;
                path: {
                    city: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Feedback cards: sent by the actor’s communities, received by their units, routed to the office, or the member’s own */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: ({
                                activities: number;
                                cadreRank: string;
                                comment: string | null;
                                communityName: string;
                                communityOrgId: number;
                                deliveries: ({
                                    cardId: number;
                                    /** Format: date */
                                    deliveredOn: string;
                                    orgId: number | null;
                                    receivedOn: string | null;
                                    /** @enum {string} */
                                    recipient: "unit" | "office";
                                } & {
                                    [key: string]: unknown;
                                })[];
                                /** Format: date */
                                dueOn: string;
                                id: number;
                                /** @description half_year or annual */
                                kind: string;
                                memberId: number;
                                memberName: string;
                                onTime: boolean;
                                overall: string | null;
                                /** Format: date */
                                periodFrom: string;
                                periodKey: string;
                                /** Format: date */
                                periodTo: string;
                                practicalThings: number;
                                /** @description by aspect, on a year-end card */
                                ratings: {
                                    [key: string]: string;
                                } | null;
                                registrationId: number;
                                /** Format: date */
                                sentOn: string;
                                unitOrgId: number;
                                unitOrgName: string;
                                visits: number;
                            } & {
                                [key: string]: unknown;
                            })[];
                            page: number;
                            pageSize: number;
                            total: number;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        /** The community sends a member’s feedback card (half-yearly, or the year-end appraisal) to the unit — and the office for 副科级以上 */
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
                        comment?: string | null;
                        communityOrgId: number;
                        /** @enum {string} */
                        kind: "half_year" | "annual";
                        memberId: number;
                        overall?: ("good" | "fair" | "poor") | null;
                        periodKey: string;
                        ratings?: {
                            /** @enum {string} */
                            discipline?: "good" | "fair" | "poor";
                            /** @enum {string} */
                            neighbourhood?: "good" | "fair" | "poor";
                            /** @enum {string} */
                            obedience?: "good" | "fair" | "poor";
                            /** @enum {string} */
                            participation?: "good" | "fair" | "poor";
                        };
                    };
                };
            };
            responses: {
                /** @description The community sends a member’s feedback card (half-yearly, or the year-end appraisal) to the unit — and the office for 副科级以上 */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            recipients: ("unit" | "office")[];
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
                /** @description member not registered at this community */
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
    "/feedback-cards/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One feedback card with where it went */
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
                /** @description One feedback card with where it went */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            activities: number;
                            cadreRank: string;
                            comment: string | null;
                            communityName: string;
                            communityOrgId: number;
                            deliveries: ({
                                cardId: number;
                                /** Format: date */
                                deliveredOn: string;
                                orgId: number | null;
                                receivedOn: string | null;
                                /** @enum {string} */
                                recipient: "unit" | "office";
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** Format: date */
                            dueOn: string;
                            id: number;
                            /** @description half_year or annual */
                            kind: string;
                            memberId: number;
                            memberName: string;
                            onTime: boolean;
                            overall: string | null;
                            /** Format: date */
                            periodFrom: string;
                            periodKey: string;
                            /** Format: date */
                            periodTo: string;
                            practicalThings: number;
                            /** @description by aspect, on a year-end card */
                            ratings: {
                                [key: string]: string;
                            } | null;
                            registrationId: number;
                            /** Format: date */
                            sentOn: string;
                            sides: {
                                community: boolean;
                                office: boolean;
                                self: boolean;
                                unit: boolean;
                            };
                            unitOrgId: number;
                            unitOrgName: string;
                            visits: number;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description no such card */
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
    "/feedback-cards/{id}/receive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The unit (or the office) acknowledges a card it received */
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
                        recipient: "unit" | "office";
                    };
                };
            };
            responses: {
                /** @description The unit (or the office) acknowledges a card it received */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @constant */
                            ok: true;
                            /** Format: date */
                            receivedOn: string;
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
                /** @description no such card */
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
    "/feedback-cards/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send the half-year cards of every member registered at the community who has none for the period */
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
                        periodKey: string;
                    };
                };
            };
            responses: {
                /** @description Send the half-year cards of every member registered at the community who has none for the period */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            sent: number;
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
    "/feedback/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Per community: half-year or year-end cards expected, sent, on time and missing for a period */
        get: {
            parameters: {
                query: {
                    orgId?: number;
                    periodKey: string;
                };
                header?: never;
                path: {
                    city: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Per community: half-year or year-end cards expected, sent, on time and missing for a period */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date */
                            dueOn: string;
                            items: ({
                                communityName: string;
                                communityOrgId: number;
                                expected: number;
                                missing: number;
                                onTime: number;
                                sent: number;
                            } & {
                                [key: string]: unknown;
                            })[];
                            kind: string;
                            period: {
                                /** Format: date */
                                from: string;
                                key: string;
                                /** Format: date */
                                to: string;
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
    "/flags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What the rules flag today in the actor’s scope: quarterly reports, practical things, absence, overdue cards, joint meetings, flowing members, rollout */
        get: {
            parameters: {
                query?: {
                    kind?: "quarter_report_due" | "quarter_report_missed" | "practical_things_due" | "absent_half_year" | "feedback_overdue" | "joint_meeting_missing" | "flowing_transfer_suggested" | "flowing_no_org_life" | "campaign_step_overdue";
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
                /** @description What the rules flag today in the actor’s scope: quarterly reports, practical things, absence, overdue cards, joint meetings, flowing members, rollout */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            counts: {
                                [key: string]: number;
                            };
                            items: ({
                                detail?: {
                                    [key: string]: unknown;
                                };
                                /** @enum {string} */
                                kind: "quarter_report_due" | "quarter_report_missed" | "practical_things_due" | "absent_half_year" | "feedback_overdue" | "joint_meeting_missing" | "flowing_transfer_suggested" | "flowing_no_org_life" | "campaign_step_overdue";
                                memberId: number | null;
                                memberName: string | null;
                                orgId: number;
                                orgName: string;
                                registrationId: number | null;
                                since?: string | null;
                                /** @description the other side, when there is one */
                                unitOrgId?: number | null;
                                unitOrgName?: string | null;
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** Format: date */
                            today: string;
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
    "/flowing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Flowing members out of and into the actor’s branches, with months away and last organization life and dues */
        get: {
            parameters: {
                query?: {
                    direction?: "out" | "in";
                    status?: "open" | "returned" | "transferred";
                };
                header?: never;
                path: {
                    city: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Flowing members out of and into the actor’s branches, with months away and last organization life and dues */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: ({
                                branchName: string;
                                branchOrgId: number;
                                cardChecked: boolean;
                                cardIssuedOn: string | null;
                                cardNo: string | null;
                                decisionStatus: string | null;
                                /** @enum {string} */
                                direction: "out" | "in";
                                endedOn: string | null;
                                expectedReturnOn: string | null;
                                fixedPlace: boolean;
                                id: number;
                                lapsed: boolean;
                                lastDues: string | null;
                                lastOrgLife: string | null;
                                memberId: number;
                                memberName: string;
                                placeText: string;
                                /** Format: date */
                                startedOn: string;
                                /** @description open, returned or transferred */
                                status: string;
                                transferPrompted: boolean;
                                transferSuggested: boolean;
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
    "/flowing/{id}/issue-card": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Issue the activity card after all (the relation cannot be moved for now) */
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
                /** @description Issue the activity card after all (the relation cannot be moved for now) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            cardNo: string;
                            id: number;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description no such record */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description already has a card or closed */
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
    "/flowing/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The member is back: the branch checks the activity card and closes the record */
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
                        /** @default false */
                        cardChecked?: boolean;
                        note?: string | null;
                        on?: string;
                    };
                };
            };
            responses: {
                /** @description The member is back: the branch checks the activity card and closes the record */
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
                /** @description no such record */
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
    "/flowing/{id}/transfer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The relation was transferred out (the member settled at a fixed place) */
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
                        on?: string;
                    };
                };
            };
            responses: {
                /** @description The relation was transferred out (the member settled at a fixed place) */
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
                /** @description no such record */
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
    "/flowing/incoming": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept an incoming flowing member holding the activity card and place them in a branch */
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
                        arrivedOn: string;
                        branchOrgId: number;
                        cardNo: string;
                        fromOrgName: string;
                        memberId: number;
                    };
                };
            };
            responses: {
                /** @description Accept an incoming flowing member holding the activity card and place them in a branch */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            branchName: string;
                            branchOrgId: number;
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
    "/flowing/out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Register a member leaving: under six months gets an activity card, over six months at a fixed place is asked to transfer the relation */
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
                        /** @default false */
                        cannotTransfer?: boolean;
                        destination: string;
                        expectedReturnOn: string;
                        /** @default false */
                        fixedPlace?: boolean;
                        leftOn: string;
                        memberId: number;
                    };
                };
            };
            responses: {
                /** @description Register a member leaving: under six months gets an activity card, over six months at a fixed place is asked to transfer the relation */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            cardNo: string | null;
                            id: number;
                            longTerm: boolean;
                            /** @enum {string} */
                            outcome: "activity_card" | "transfer_relation";
                            transferPrompted: boolean;
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
    "/inspection-groups/{id}/records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record an inspection visit and its findings */
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
                        findings: string;
                        orgId: number;
                        visitedOn: string;
                    };
                };
            };
            responses: {
                /** @description Record an inspection visit and its findings */
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
                /** @description no such inspection group */
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
    "/joint-meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Quarterly joint meetings (联席会) of the communities the actor manages */
        get: {
            parameters: {
                query?: {
                    communityOrgId?: number;
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
                /** @description Quarterly joint meetings (联席会) of the communities the actor manages */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: ({
                                agenda: string | null;
                                agendaSentOn: string | null;
                                communityName: string;
                                communityOrgId: number;
                                heldOn: string | null;
                                id: number;
                                minutes: string | null;
                                quarterKey: string;
                                /** Format: date */
                                scheduledOn: string;
                                /** @enum {string} */
                                status: "planned" | "agenda_sent" | "held";
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
        /** Plan a joint meeting: the community chairs it, the units are invited, the agenda is drafted */
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
                        agenda: string;
                        communityOrgId: number;
                        scheduledOn: string;
                        unitOrgIds?: number[];
                    };
                };
            };
            responses: {
                /** @description Plan a joint meeting: the community chairs it, the units are invited, the agenda is drafted */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            agenda: string | null;
                            agendaSentOn: string | null;
                            communityName: string;
                            communityOrgId: number;
                            heldOn: string | null;
                            id: number;
                            minutes: string | null;
                            quarterKey: string;
                            /** Format: date */
                            scheduledOn: string;
                            /** @enum {string} */
                            status: "planned" | "agenda_sent" | "held";
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
    "/joint-meetings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One joint meeting with its invited units */
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
                /** @description One joint meeting with its invited units */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            agenda: string | null;
                            agendaSentOn: string | null;
                            communityName: string;
                            communityOrgId: number;
                            heldOn: string | null;
                            id: number;
                            minutes: string | null;
                            quarterKey: string;
                            /** Format: date */
                            scheduledOn: string;
                            /** @enum {string} */
                            status: "planned" | "agenda_sent" | "held";
                            units: ({
                                attended: boolean;
                                name: string;
                                orgId: number;
                            } & {
                                [key: string]: unknown;
                            })[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description no such meeting */
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
    "/joint-meetings/{id}/minutes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record that the meeting was held, with minutes and who attended (agenda first) */
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
                        attendedOrgIds?: number[];
                        heldOn: string;
                        minutes: string;
                    };
                };
            };
            responses: {
                /** @description Record that the meeting was held, with minutes and who attended (agenda first) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            agenda: string | null;
                            agendaSentOn: string | null;
                            communityName: string;
                            communityOrgId: number;
                            heldOn: string | null;
                            id: number;
                            minutes: string | null;
                            quarterKey: string;
                            /** Format: date */
                            scheduledOn: string;
                            /** @enum {string} */
                            status: "planned" | "agenda_sent" | "held";
                            units: ({
                                attended: boolean;
                                name: string;
                                orgId: number;
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
                /** @description no such meeting */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description agenda not sent yet */
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
    "/joint-meetings/{id}/send-agenda": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send the notice and agenda to the units before the meeting */
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
                /** @description Send the notice and agenda to the units before the meeting */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            agenda: string | null;
                            agendaSentOn: string | null;
                            communityName: string;
                            communityOrgId: number;
                            heldOn: string | null;
                            id: number;
                            minutes: string | null;
                            quarterKey: string;
                            /** Format: date */
                            scheduledOn: string;
                            /** @enum {string} */
                            status: "planned" | "agenda_sent" | "held";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description no such meeting */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description already sent or held */
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
        /** The signed-in member’s own dual-management record */
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
                /** @description The signed-in member’s own dual-management record */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": ({
                            activityCard: {
                                activities: ({
                                    communityName: string;
                                    /** Format: date */
                                    heldOn: string;
                                    hours: number | null;
                                    id: number;
                                    kind: string;
                                    location: string | null;
                                    title: string;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                practicalThings: ({
                                    description: string | null;
                                    /** Format: date */
                                    doneOn: string;
                                    id: number;
                                    title: string;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                visits: ({
                                    id: number;
                                    note: string | null;
                                    /** Format: date */
                                    visitedOn: string;
                                } & {
                                    [key: string]: unknown;
                                })[];
                            } & {
                                [key: string]: unknown;
                            };
                            affiliations: ({
                                id: number;
                                kind: string;
                                orgName: string | null;
                                placeName: string | null;
                                /** Format: date */
                                since: string;
                                until: string | null;
                            } & {
                                [key: string]: unknown;
                            })[];
                            appraisals: ({
                                branchScore: number | null;
                                /** @enum {string} */
                                grade: "excellent" | "qualified" | "basic" | "unqualified";
                                id: number;
                                massScore: number | null;
                                peerScore: number | null;
                                total: number | null;
                                year: number;
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @description 活动在社区: the current registration, none when the member is registered nowhere */
                            communitySide: ({
                                compliance: {
                                    absentHalfYear: boolean;
                                    lastSeen: string | null;
                                    practicalThingsRequired: number;
                                    practicalThingsThisYear: number;
                                    quarter: string;
                                    reportedThisQuarter: boolean;
                                    visitsThisQuarter: number;
                                } & {
                                    [key: string]: unknown;
                                };
                                partyGroupName: string | null;
                                postCategory: string | null;
                                postName: string | null;
                                registration: {
                                    address: string | null;
                                    board: {
                                        onBoard: boolean;
                                        showCommitment: boolean;
                                        showPhoto: boolean;
                                        showPost: boolean;
                                        showUnit: boolean;
                                    };
                                    cadreRank: string;
                                    card: {
                                        complete: boolean;
                                        part1: {
                                            filedOn: string | null;
                                            /** @constant */
                                            keptBy: "unit";
                                            stamped: boolean;
                                        };
                                        part2: {
                                            filedOn: string | null;
                                            /** @constant */
                                            keptBy: "community";
                                            stamped: boolean;
                                        };
                                    };
                                    closedOn: string | null;
                                    closeReason: string | null;
                                    commitment: string | null;
                                    communityName: string;
                                    communityOrgId: number;
                                    id: number;
                                    letterNo: string | null;
                                    memberId: number;
                                    memberName: string;
                                    occupation: string | null;
                                    part1FiledOn: string | null;
                                    partyGroupId: number | null;
                                    partyGroupName: string | null;
                                    postName: string | null;
                                    previousId: number | null;
                                    residencePlaceId: number | null;
                                    residencePlaceName: string | null;
                                    returnedOn: string | null;
                                    returnReason: string | null;
                                    /** Format: date */
                                    sentOn: string;
                                    /** @description which sides the actor stands on */
                                    sides?: {
                                        community: boolean;
                                        self: boolean;
                                        unit: boolean;
                                    };
                                    skills: string | null;
                                    stampedOn: string | null;
                                    /** @description sent, stamped, filed, returned or closed */
                                    status: string;
                                    unitOrgId: number;
                                    unitOrgName: string;
                                } & {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            feedbackCards: ({
                                activities: number;
                                comment: string | null;
                                communityName: string;
                                /** Format: date */
                                dueOn: string;
                                id: number;
                                kind: string;
                                onTime: boolean;
                                overall: string | null;
                                periodKey: string;
                                practicalThings: number;
                                ratings: {
                                    [key: string]: string;
                                } | null;
                                recipients: ("unit" | "office")[];
                                /** Format: date */
                                sentOn: string;
                                visits: number;
                            } & {
                                [key: string]: unknown;
                            })[];
                            flows: ({
                                cardNo: string | null;
                                /** @enum {string} */
                                direction: "out" | "in";
                                endedOn: string | null;
                                expectedReturnOn: string | null;
                                id: number;
                                placeText: string;
                                /** Format: date */
                                startedOn: string;
                                status: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            member: {
                                active: boolean;
                                cadreRank: string;
                                category: string;
                                gender: string;
                                hasPhoto: boolean;
                                id: number;
                                joinedPartyOn: string | null;
                                name: string;
                                occupation: string | null;
                                residenceName: string | null;
                                skills: string | null;
                            } & {
                                [key: string]: unknown;
                            };
                            registrations: ({
                                address: string | null;
                                board: {
                                    onBoard: boolean;
                                    showCommitment: boolean;
                                    showPhoto: boolean;
                                    showPost: boolean;
                                    showUnit: boolean;
                                };
                                cadreRank: string;
                                card: {
                                    complete: boolean;
                                    part1: {
                                        filedOn: string | null;
                                        /** @constant */
                                        keptBy: "unit";
                                        stamped: boolean;
                                    };
                                    part2: {
                                        filedOn: string | null;
                                        /** @constant */
                                        keptBy: "community";
                                        stamped: boolean;
                                    };
                                };
                                closedOn: string | null;
                                closeReason: string | null;
                                commitment: string | null;
                                communityName: string;
                                communityOrgId: number;
                                current: boolean;
                                id: number;
                                letterNo: string | null;
                                memberId: number;
                                memberName: string;
                                occupation: string | null;
                                part1FiledOn: string | null;
                                partyGroupId: number | null;
                                partyGroupName: string | null;
                                postName: string | null;
                                previousId: number | null;
                                residencePlaceId: number | null;
                                residencePlaceName: string | null;
                                returnedOn: string | null;
                                returnReason: string | null;
                                /** Format: date */
                                sentOn: string;
                                /** @description which sides the actor stands on */
                                sides?: {
                                    community: boolean;
                                    self: boolean;
                                    unit: boolean;
                                };
                                skills: string | null;
                                stampedOn: string | null;
                                /** @description sent, stamped, filed, returned or closed */
                                status: string;
                                unitOrgId: number;
                                unitOrgName: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            sides: {
                                community: boolean;
                                self: boolean;
                                unit: boolean;
                            };
                            /** @description 组织关系: the unit’s org manages the member as a Party member */
                            unitSide: {
                                orgId: number;
                                orgName: string;
                                unitId: number | null;
                                unitName: string | null;
                            } & {
                                [key: string]: unknown;
                            };
                        } & {
                            [key: string]: unknown;
                        }) | {
                            member: null;
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
    "/members/{id}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The member file (写实档案): entries written by either side plus the records the model keeps */
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
                /** @description The member file (写实档案): entries written by either side plus the records the model keeps */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: ({
                                content: string | null;
                                /** @description a number for an entry, a prefixed string for a record */
                                id: number | string;
                                kind: string;
                                /** Format: date */
                                onDate: string;
                                score: number | null;
                                /** @description entry, activity, practical_thing, appraisal, feedback_card or registration */
                                source: string;
                                title: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            memberId: number;
                            memberName: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description no such member in the actor’s scope */
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
        /** Add an entry to the member file (unit or community side) */
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
                        content?: string | null;
                        /** @enum {string} */
                        kind: "meeting" | "suggestion" | "event" | "study" | "document" | "task" | "appraisal";
                        onDate: string;
                        score?: number | null;
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Add an entry to the member file (unit or community side) */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            kind: string;
                            /** Format: date */
                            onDate: string;
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
    "/members/{id}/org-life": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record organization life or a dues payment (for the six-month rule) */
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
                        kind: "org_life" | "dues";
                        note?: string | null;
                        onDate: string;
                    };
                };
            };
            responses: {
                /** @description Record organization life or a dues payment (for the six-month rule) */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            kind: string;
                            /** Format: date */
                            onDate: string;
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
    "/members/{id}/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A member as both sides see them: unit relation and community activity, with the three cards */
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
                /** @description A member as both sides see them: unit relation and community activity, with the three cards */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            activityCard: {
                                activities: ({
                                    communityName: string;
                                    /** Format: date */
                                    heldOn: string;
                                    hours: number | null;
                                    id: number;
                                    kind: string;
                                    location: string | null;
                                    title: string;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                practicalThings: ({
                                    description: string | null;
                                    /** Format: date */
                                    doneOn: string;
                                    id: number;
                                    title: string;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                visits: ({
                                    id: number;
                                    note: string | null;
                                    /** Format: date */
                                    visitedOn: string;
                                } & {
                                    [key: string]: unknown;
                                })[];
                            } & {
                                [key: string]: unknown;
                            };
                            affiliations: ({
                                id: number;
                                kind: string;
                                orgName: string | null;
                                placeName: string | null;
                                /** Format: date */
                                since: string;
                                until: string | null;
                            } & {
                                [key: string]: unknown;
                            })[];
                            appraisals: ({
                                branchScore: number | null;
                                /** @enum {string} */
                                grade: "excellent" | "qualified" | "basic" | "unqualified";
                                id: number;
                                massScore: number | null;
                                peerScore: number | null;
                                total: number | null;
                                year: number;
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @description 活动在社区: the current registration, none when the member is registered nowhere */
                            communitySide: ({
                                compliance: {
                                    absentHalfYear: boolean;
                                    lastSeen: string | null;
                                    practicalThingsRequired: number;
                                    practicalThingsThisYear: number;
                                    quarter: string;
                                    reportedThisQuarter: boolean;
                                    visitsThisQuarter: number;
                                } & {
                                    [key: string]: unknown;
                                };
                                partyGroupName: string | null;
                                postCategory: string | null;
                                postName: string | null;
                                registration: {
                                    address: string | null;
                                    board: {
                                        onBoard: boolean;
                                        showCommitment: boolean;
                                        showPhoto: boolean;
                                        showPost: boolean;
                                        showUnit: boolean;
                                    };
                                    cadreRank: string;
                                    card: {
                                        complete: boolean;
                                        part1: {
                                            filedOn: string | null;
                                            /** @constant */
                                            keptBy: "unit";
                                            stamped: boolean;
                                        };
                                        part2: {
                                            filedOn: string | null;
                                            /** @constant */
                                            keptBy: "community";
                                            stamped: boolean;
                                        };
                                    };
                                    closedOn: string | null;
                                    closeReason: string | null;
                                    commitment: string | null;
                                    communityName: string;
                                    communityOrgId: number;
                                    id: number;
                                    letterNo: string | null;
                                    memberId: number;
                                    memberName: string;
                                    occupation: string | null;
                                    part1FiledOn: string | null;
                                    partyGroupId: number | null;
                                    partyGroupName: string | null;
                                    postName: string | null;
                                    previousId: number | null;
                                    residencePlaceId: number | null;
                                    residencePlaceName: string | null;
                                    returnedOn: string | null;
                                    returnReason: string | null;
                                    /** Format: date */
                                    sentOn: string;
                                    /** @description which sides the actor stands on */
                                    sides?: {
                                        community: boolean;
                                        self: boolean;
                                        unit: boolean;
                                    };
                                    skills: string | null;
                                    stampedOn: string | null;
                                    /** @description sent, stamped, filed, returned or closed */
                                    status: string;
                                    unitOrgId: number;
                                    unitOrgName: string;
                                } & {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            feedbackCards: ({
                                activities: number;
                                comment: string | null;
                                communityName: string;
                                /** Format: date */
                                dueOn: string;
                                id: number;
                                kind: string;
                                onTime: boolean;
                                overall: string | null;
                                periodKey: string;
                                practicalThings: number;
                                ratings: {
                                    [key: string]: string;
                                } | null;
                                recipients: ("unit" | "office")[];
                                /** Format: date */
                                sentOn: string;
                                visits: number;
                            } & {
                                [key: string]: unknown;
                            })[];
                            flows: ({
                                cardNo: string | null;
                                /** @enum {string} */
                                direction: "out" | "in";
                                endedOn: string | null;
                                expectedReturnOn: string | null;
                                id: number;
                                placeText: string;
                                /** Format: date */
                                startedOn: string;
                                status: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            member: {
                                active: boolean;
                                cadreRank: string;
                                category: string;
                                gender: string;
                                hasPhoto: boolean;
                                id: number;
                                joinedPartyOn: string | null;
                                name: string;
                                occupation: string | null;
                                residenceName: string | null;
                                skills: string | null;
                            } & {
                                [key: string]: unknown;
                            };
                            registrations: ({
                                address: string | null;
                                board: {
                                    onBoard: boolean;
                                    showCommitment: boolean;
                                    showPhoto: boolean;
                                    showPost: boolean;
                                    showUnit: boolean;
                                };
                                cadreRank: string;
                                card: {
                                    complete: boolean;
                                    part1: {
                                        filedOn: string | null;
                                        /** @constant */
                                        keptBy: "unit";
                                        stamped: boolean;
                                    };
                                    part2: {
                                        filedOn: string | null;
                                        /** @constant */
                                        keptBy: "community";
                                        stamped: boolean;
                                    };
                                };
                                closedOn: string | null;
                                closeReason: string | null;
                                commitment: string | null;
                                communityName: string;
                                communityOrgId: number;
                                current: boolean;
                                id: number;
                                letterNo: string | null;
                                memberId: number;
                                memberName: string;
                                occupation: string | null;
                                part1FiledOn: string | null;
                                partyGroupId: number | null;
                                partyGroupName: string | null;
                                postName: string | null;
                                previousId: number | null;
                                residencePlaceId: number | null;
                                residencePlaceName: string | null;
                                returnedOn: string | null;
                                returnReason: string | null;
                                /** Format: date */
                                sentOn: string;
                                /** @description which sides the actor stands on */
                                sides?: {
                                    community: boolean;
                                    self: boolean;
                                    unit: boolean;
                                };
                                skills: string | null;
                                stampedOn: string | null;
                                /** @description sent, stamped, filed, returned or closed */
                                status: string;
                                unitOrgId: number;
                                unitOrgName: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            sides: {
                                community: boolean;
                                self: boolean;
                                unit: boolean;
                            };
                            /** @description 组织关系: the unit’s org manages the member as a Party member */
                            unitSide: {
                                orgId: number;
                                orgName: string;
                                unitId: number | null;
                                unitName: string | null;
                            } & {
                                [key: string]: unknown;
                            };
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description no such member in the actor’s scope */
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
    "/notices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Notices to the orgs the actor manages (and to the county office, for its staff) */
        get: {
            parameters: {
                query?: {
                    kind?: string;
                    unread?: "true" | "false";
                };
                header?: never;
                path: {
                    city: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Notices to the orgs the actor manages (and to the county office, for its staff) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: ({
                                /** Format: date */
                                createdOn: string;
                                id: number;
                                kind: string;
                                memberId: number | null;
                                memberName: string | null;
                                payload: {
                                    [key: string]: unknown;
                                } | null;
                                readOn: string | null;
                                registrationId: number | null;
                                /** @description null: the dual-link office */
                                toOrgId: number | null;
                                toOrgName: string | null;
                            } & {
                                [key: string]: unknown;
                            })[];
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
    "/notices/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a notice read */
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
                /** @description Mark a notice read */
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
                /** @description no such notice */
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
    "/party-groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A community’s party groups, their size, leader and members */
        get: {
            parameters: {
                query: {
                    communityOrgId: number;
                };
                header?: never;
                path: {
                    city: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A community’s party groups, their size, leader and members */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: ({
                                category: string;
                                id: number;
                                leaderName: string | null;
                                leaderRegistrationId: number | null;
                                members: ({
                                    /** @description the category of the member’s post */
                                    category: string | null;
                                    groupId: number | null;
                                    memberName: string;
                                    postName: string | null;
                                    registrationId: number;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                name: string;
                                noLeader: boolean;
                                oversized: boolean;
                                size: number;
                                undersized: boolean;
                            } & {
                                [key: string]: unknown;
                            })[];
                            max: number;
                            min: number;
                            ungrouped: ({
                                /** @description the category of the member’s post */
                                category: string | null;
                                groupId: number | null;
                                memberName: string;
                                postName: string | null;
                                registrationId: number;
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
        /** Create an empty party group */
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
                        category: "policy" | "legal" | "medical" | "culture" | "security" | "welfare" | "mixed";
                        communityOrgId: number;
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Create an empty party group */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            category: string | null;
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
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/party-groups/{id}/leader": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set the group leader (must be a member of the group) */
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
                        registrationId: number;
                    };
                };
            };
            responses: {
                /** @description Set the group leader (must be a member of the group) */
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
                /** @description not a member of the group */
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
    "/party-groups/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a registered member to a party group (up to the maximum size) */
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
                        registrationId: number;
                    };
                };
            };
            responses: {
                /** @description Add a registered member to a party group (up to the maximum size) */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @constant */
                            ok: true;
                            size: number;
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
                /** @description the group is full or the member is in another group */
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
    "/party-groups/{id}/members/{registrationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Take a member out of a party group */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    city: string;
                    id: number;
                    registrationId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Take a member out of a party group */
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
                /** @description not in this group */
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
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/party-groups/form": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Form party groups of 20–30 from members of similar posts who are in no group yet */
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
                    };
                };
            };
            responses: {
                /** @description Form party groups of 20–30 from members of similar posts who are in no group yet */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            created: ({
                                category: string;
                                id: number;
                                name: string;
                                size: number;
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
    "/posts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A community’s service and public-welfare posts, with how many members hold each */
        get: {
            parameters: {
                query: {
                    communityOrgId: number;
                };
                header?: never;
                path: {
                    city: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A community’s service and public-welfare posts, with how many members hold each */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description the words of each post category */
                            categories: {
                                [key: string]: {
                                    en: string;
                                    "zh-CN": string;
                                };
                            };
                            items: ({
                                active: boolean;
                                capacity: number | null;
                                category: string;
                                code: string | null;
                                communityOrgId: number;
                                holders: number;
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
        /** Add a post to a community */
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
                        /** @enum {string} */
                        category: "policy" | "legal" | "medical" | "culture" | "security" | "welfare";
                        communityOrgId: number;
                        description?: string | null;
                        keywords?: string;
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Add a post to a community */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            capacity: number | null;
                            category: string;
                            code: string | null;
                            communityOrgId: number;
                            holders: number;
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
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/posts/{id}": {
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
        /** Edit or retire a post */
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
                        capacity?: number | null;
                        /** @enum {string} */
                        category?: "policy" | "legal" | "medical" | "culture" | "security" | "welfare";
                        description?: string | null;
                        keywords?: string;
                        name?: string;
                    };
                };
            };
            responses: {
                /** @description Edit or retire a post */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            capacity: number | null;
                            category: string;
                            code: string | null;
                            communityOrgId: number;
                            holders: number;
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
                /** @description no such post */
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
    "/posts/auto-assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Assign every registered member without a post to the post that best fits their skills */
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
                    };
                };
            };
            responses: {
                /** @description Assign every registered member without a post to the post that best fits their skills */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            assigned: number;
                            unassigned: number;
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
    "/posts/standard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set up the 17 service posts (five categories) and the public-welfare list a community is missing */
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
                    };
                };
            };
            responses: {
                /** @description Set up the 17 service posts (five categories) and the public-welfare list a community is missing */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            added: number;
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
    "/registrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Registrations (报到登记卡) the actor sees from either side, filtered */
        get: {
            parameters: {
                query?: {
                    communityOrgId?: number;
                    memberId?: number;
                    open?: "true" | "false";
                    page?: number;
                    pageSize?: number;
                    q?: string;
                    side?: "unit" | "community" | "all";
                    status?: "sent" | "stamped" | "filed" | "returned" | "closed";
                    unitOrgId?: number;
                };
                header?: never;
                path: {
                    city: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Registrations (报到登记卡) the actor sees from either side, filtered */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: ({
                                /** @description per action: may the caller do it on this record, and why not */
                                actions: {
                                    stamp: {
                                        allowed: boolean;
                                        reason?: string;
                                    };
                                };
                                address: string | null;
                                board: {
                                    onBoard: boolean;
                                    showCommitment: boolean;
                                    showPhoto: boolean;
                                    showPost: boolean;
                                    showUnit: boolean;
                                };
                                cadreRank: string;
                                card: {
                                    complete: boolean;
                                    part1: {
                                        filedOn: string | null;
                                        /** @constant */
                                        keptBy: "unit";
                                        stamped: boolean;
                                    };
                                    part2: {
                                        filedOn: string | null;
                                        /** @constant */
                                        keptBy: "community";
                                        stamped: boolean;
                                    };
                                };
                                closedOn: string | null;
                                closeReason: string | null;
                                commitment: string | null;
                                communityName: string;
                                communityOrgId: number;
                                id: number;
                                letterNo: string | null;
                                memberId: number;
                                memberName: string;
                                occupation: string | null;
                                part1FiledOn: string | null;
                                partyGroupId: number | null;
                                partyGroupName: string | null;
                                postName: string | null;
                                previousId: number | null;
                                residencePlaceId: number | null;
                                residencePlaceName: string | null;
                                returnedOn: string | null;
                                returnReason: string | null;
                                /** Format: date */
                                sentOn: string;
                                /** @description which sides the actor stands on */
                                sides?: {
                                    community: boolean;
                                    self: boolean;
                                    unit: boolean;
                                };
                                skills: string | null;
                                stampedOn: string | null;
                                /** @description sent, stamped, filed, returned or closed */
                                status: string;
                                unitOrgId: number;
                                unitOrgName: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            page: number;
                            pageSize: number;
                            statusCounts: {
                                [key: string]: number;
                            };
                            total: number;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        /** The unit sends its member to the residence community (报到函 + 登记表) */
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
                        address?: string | null;
                        commitment?: string | null;
                        communityOrgId: number;
                        memberId: number;
                        occupation?: string | null;
                        onBoard?: boolean;
                        residencePlaceId?: number | null;
                        sentOn?: string;
                        showCommitment?: boolean;
                        showPhoto?: boolean;
                        showPost?: boolean;
                        showUnit?: boolean;
                        skills?: string | null;
                    };
                };
            };
            responses: {
                /** @description The unit sends its member to the residence community (报到函 + 登记表) */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: string | null;
                            board: {
                                onBoard: boolean;
                                showCommitment: boolean;
                                showPhoto: boolean;
                                showPost: boolean;
                                showUnit: boolean;
                            };
                            cadreRank: string;
                            card: {
                                complete: boolean;
                                part1: {
                                    filedOn: string | null;
                                    /** @constant */
                                    keptBy: "unit";
                                    stamped: boolean;
                                };
                                part2: {
                                    filedOn: string | null;
                                    /** @constant */
                                    keptBy: "community";
                                    stamped: boolean;
                                };
                            };
                            closedOn: string | null;
                            closeReason: string | null;
                            commitment: string | null;
                            communityName: string;
                            communityOrgId: number;
                            id: number;
                            letterNo: string | null;
                            memberId: number;
                            memberName: string;
                            occupation: string | null;
                            part1FiledOn: string | null;
                            partyGroupId: number | null;
                            partyGroupName: string | null;
                            postName: string | null;
                            previousId: number | null;
                            residencePlaceId: number | null;
                            residencePlaceName: string | null;
                            returnedOn: string | null;
                            returnReason: string | null;
                            /** Format: date */
                            sentOn: string;
                            /** @description which sides the actor stands on */
                            sides?: {
                                community: boolean;
                                self: boolean;
                                unit: boolean;
                            };
                            skills: string | null;
                            stampedOn: string | null;
                            /** @description sent, stamped, filed, returned or closed */
                            status: string;
                            unitOrgId: number;
                            unitOrgName: string;
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
                /** @description member already has an open registration */
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
    "/registrations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One registration with both parts of the card, and which sides the actor stands on */
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
                /** @description One registration with both parts of the card, and which sides the actor stands on */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description per action: may the caller do it on this record, and why not */
                            actions: {
                                stamp: {
                                    allowed: boolean;
                                    reason?: string;
                                };
                            };
                            address: string | null;
                            board: {
                                onBoard: boolean;
                                showCommitment: boolean;
                                showPhoto: boolean;
                                showPost: boolean;
                                showUnit: boolean;
                            };
                            cadreRank: string;
                            card: {
                                complete: boolean;
                                part1: {
                                    filedOn: string | null;
                                    /** @constant */
                                    keptBy: "unit";
                                    stamped: boolean;
                                };
                                part2: {
                                    filedOn: string | null;
                                    /** @constant */
                                    keptBy: "community";
                                    stamped: boolean;
                                };
                            };
                            closedOn: string | null;
                            closeReason: string | null;
                            commitment: string | null;
                            communityName: string;
                            communityOrgId: number;
                            hasPhoto: boolean;
                            history: unknown[];
                            id: number;
                            letterNo: string | null;
                            memberId: number;
                            memberName: string;
                            occupation: string | null;
                            part1FiledOn: string | null;
                            partyGroupId: number | null;
                            partyGroupName: string | null;
                            postName: string | null;
                            previousId: number | null;
                            residencePlaceId: number | null;
                            residencePlaceName: string | null;
                            returnedOn: string | null;
                            returnReason: string | null;
                            /** Format: date */
                            sentOn: string;
                            /** @description which sides the actor stands on */
                            sides?: {
                                community: boolean;
                                self: boolean;
                                unit: boolean;
                            };
                            skills: string | null;
                            stampedOn: string | null;
                            /** @description sent, stamped, filed, returned or closed */
                            status: string;
                            unitOrgId: number;
                            unitOrgName: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description no such registration in the actor’s scope */
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
        /** Update the registration form and the member’s board consent (member or either side) */
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
                        commitment?: string | null;
                        occupation?: string | null;
                        onBoard?: boolean;
                        showCommitment?: boolean;
                        showPhoto?: boolean;
                        showPost?: boolean;
                        showUnit?: boolean;
                        skills?: string | null;
                    };
                };
            };
            responses: {
                /** @description Update the registration form and the member’s board consent (member or either side) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: string | null;
                            board: {
                                onBoard: boolean;
                                showCommitment: boolean;
                                showPhoto: boolean;
                                showPost: boolean;
                                showUnit: boolean;
                            };
                            cadreRank: string;
                            card: {
                                complete: boolean;
                                part1: {
                                    filedOn: string | null;
                                    /** @constant */
                                    keptBy: "unit";
                                    stamped: boolean;
                                };
                                part2: {
                                    filedOn: string | null;
                                    /** @constant */
                                    keptBy: "community";
                                    stamped: boolean;
                                };
                            };
                            closedOn: string | null;
                            closeReason: string | null;
                            commitment: string | null;
                            communityName: string;
                            communityOrgId: number;
                            id: number;
                            letterNo: string | null;
                            memberId: number;
                            memberName: string;
                            occupation: string | null;
                            part1FiledOn: string | null;
                            partyGroupId: number | null;
                            partyGroupName: string | null;
                            postName: string | null;
                            previousId: number | null;
                            residencePlaceId: number | null;
                            residencePlaceName: string | null;
                            returnedOn: string | null;
                            returnReason: string | null;
                            /** Format: date */
                            sentOn: string;
                            /** @description which sides the actor stands on */
                            sides?: {
                                community: boolean;
                                self: boolean;
                                unit: boolean;
                            };
                            skills: string | null;
                            stampedOn: string | null;
                            /** @description sent, stamped, filed, returned or closed */
                            status: string;
                            unitOrgId: number;
                            unitOrgName: string;
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
    "/registrations/{id}/activity-card": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 《参与社区活动记录卡》: activities, in-person reports and practical things of one registration */
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
                /** @description 《参与社区活动记录卡》: activities, in-person reports and practical things of one registration */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            activities: ({
                                communityName: string;
                                /** Format: date */
                                heldOn: string;
                                hours: number | null;
                                id: number;
                                kind: string;
                                location: string | null;
                                title: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            practicalThings: ({
                                description: string | null;
                                /** Format: date */
                                doneOn: string;
                                id: number;
                                title: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            visits: ({
                                id: number;
                                note: string | null;
                                /** Format: date */
                                visitedOn: string;
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
    "/registrations/{id}/assign-post": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Assign the member to a post of their community (ends the previous one) */
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
                        postId: number;
                    };
                };
            };
            responses: {
                /** @description Assign the member to a post of their community (ends the previous one) */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            assignmentId: number;
                            postId: number;
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
    "/registrations/{id}/change-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Apply to change post when unable to serve for over half a year */
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
                        unableFrom: string;
                        unableUntil: string;
                    };
                };
            };
            responses: {
                /** @description Apply to change post when unable to serve for over half a year */
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
    "/registrations/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close a registration (left the unit, or another reason) — the unit side decides */
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
                        on?: string;
                        /** @enum {string} */
                        reason: "left_unit" | "other";
                    };
                };
            };
            responses: {
                /** @description Close a registration (left the unit, or another reason) — the unit side decides */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: string | null;
                            board: {
                                onBoard: boolean;
                                showCommitment: boolean;
                                showPhoto: boolean;
                                showPost: boolean;
                                showUnit: boolean;
                            };
                            cadreRank: string;
                            card: {
                                complete: boolean;
                                part1: {
                                    filedOn: string | null;
                                    /** @constant */
                                    keptBy: "unit";
                                    stamped: boolean;
                                };
                                part2: {
                                    filedOn: string | null;
                                    /** @constant */
                                    keptBy: "community";
                                    stamped: boolean;
                                };
                            };
                            closedOn: string | null;
                            closeReason: string | null;
                            commitment: string | null;
                            communityName: string;
                            communityOrgId: number;
                            id: number;
                            letterNo: string | null;
                            memberId: number;
                            memberName: string;
                            occupation: string | null;
                            part1FiledOn: string | null;
                            partyGroupId: number | null;
                            partyGroupName: string | null;
                            postName: string | null;
                            previousId: number | null;
                            residencePlaceId: number | null;
                            residencePlaceName: string | null;
                            returnedOn: string | null;
                            returnReason: string | null;
                            /** Format: date */
                            sentOn: string;
                            /** @description which sides the actor stands on */
                            sides?: {
                                community: boolean;
                                self: boolean;
                                unit: boolean;
                            };
                            skills: string | null;
                            stampedOn: string | null;
                            /** @description sent, stamped, filed, returned or closed */
                            status: string;
                            unitOrgId: number;
                            unitOrgName: string;
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
    "/registrations/{id}/file-part1": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The unit files part 1 of the stamped card (交回单位备案) */
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
                        on?: string;
                    };
                };
            };
            responses: {
                /** @description The unit files part 1 of the stamped card (交回单位备案) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: string | null;
                            board: {
                                onBoard: boolean;
                                showCommitment: boolean;
                                showPhoto: boolean;
                                showPost: boolean;
                                showUnit: boolean;
                            };
                            cadreRank: string;
                            card: {
                                complete: boolean;
                                part1: {
                                    filedOn: string | null;
                                    /** @constant */
                                    keptBy: "unit";
                                    stamped: boolean;
                                };
                                part2: {
                                    filedOn: string | null;
                                    /** @constant */
                                    keptBy: "community";
                                    stamped: boolean;
                                };
                            };
                            closedOn: string | null;
                            closeReason: string | null;
                            commitment: string | null;
                            communityName: string;
                            communityOrgId: number;
                            id: number;
                            letterNo: string | null;
                            memberId: number;
                            memberName: string;
                            occupation: string | null;
                            part1FiledOn: string | null;
                            partyGroupId: number | null;
                            partyGroupName: string | null;
                            postName: string | null;
                            previousId: number | null;
                            residencePlaceId: number | null;
                            residencePlaceName: string | null;
                            returnedOn: string | null;
                            returnReason: string | null;
                            /** Format: date */
                            sentOn: string;
                            /** @description which sides the actor stands on */
                            sides?: {
                                community: boolean;
                                self: boolean;
                                unit: boolean;
                            };
                            skills: string | null;
                            stampedOn: string | null;
                            /** @description sent, stamped, filed, returned or closed */
                            status: string;
                            unitOrgId: number;
                            unitOrgName: string;
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
    "/registrations/{id}/move": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Moving away: close this registration and open one at the new community (the unit is told) */
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
                        address?: string | null;
                        movedOn?: string;
                        newCommunityOrgId: number;
                        newResidencePlaceId?: number | null;
                    };
                };
            };
            responses: {
                /** @description Moving away: close this registration and open one at the new community (the unit is told) */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            closedId: number;
                            newRegistration: ({
                                address: string | null;
                                board: {
                                    onBoard: boolean;
                                    showCommitment: boolean;
                                    showPhoto: boolean;
                                    showPost: boolean;
                                    showUnit: boolean;
                                };
                                cadreRank: string;
                                card: {
                                    complete: boolean;
                                    part1: {
                                        filedOn: string | null;
                                        /** @constant */
                                        keptBy: "unit";
                                        stamped: boolean;
                                    };
                                    part2: {
                                        filedOn: string | null;
                                        /** @constant */
                                        keptBy: "community";
                                        stamped: boolean;
                                    };
                                };
                                closedOn: string | null;
                                closeReason: string | null;
                                commitment: string | null;
                                communityName: string;
                                communityOrgId: number;
                                id: number;
                                letterNo: string | null;
                                memberId: number;
                                memberName: string;
                                occupation: string | null;
                                part1FiledOn: string | null;
                                partyGroupId: number | null;
                                partyGroupName: string | null;
                                postName: string | null;
                                previousId: number | null;
                                residencePlaceId: number | null;
                                residencePlaceName: string | null;
                                returnedOn: string | null;
                                returnReason: string | null;
                                /** Format: date */
                                sentOn: string;
                                /** @description which sides the actor stands on */
                                sides?: {
                                    community: boolean;
                                    self: boolean;
                                    unit: boolean;
                                };
                                skills: string | null;
                                stampedOn: string | null;
                                /** @description sent, stamped, filed, returned or closed */
                                status: string;
                                unitOrgId: number;
                                unitOrgName: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            newRegistrationId: number;
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
    "/registrations/{id}/photo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The member’s photo (signed-in view) */
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
                /** @description The member’s photo (signed-in view) */
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
                /** @description no photo */
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
        /** Set the member’s photo for the supervision board (member or either side) */
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
                        dataUrl: string;
                    };
                };
            };
            responses: {
                /** @description Set the member’s photo for the supervision board (member or either side) */
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
    "/registrations/{id}/post-suggestions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Posts ranked by how the member’s skills fit them */
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
                /** @description Posts ranked by how the member’s skills fit them */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                [key: string]: unknown;
                            }[];
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
    "/registrations/{id}/practical-things": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a practical thing the member did for the community */
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
                        description?: string | null;
                        doneOn: string;
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Record a practical thing the member did for the community */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date */
                            doneOn: string;
                            id: number;
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
    "/registrations/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The community returns a letter it cannot accept (e.g. not resident), telling the unit */
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
                        on?: string;
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description The community returns a letter it cannot accept (e.g. not resident), telling the unit */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: string | null;
                            board: {
                                onBoard: boolean;
                                showCommitment: boolean;
                                showPhoto: boolean;
                                showPost: boolean;
                                showUnit: boolean;
                            };
                            cadreRank: string;
                            card: {
                                complete: boolean;
                                part1: {
                                    filedOn: string | null;
                                    /** @constant */
                                    keptBy: "unit";
                                    stamped: boolean;
                                };
                                part2: {
                                    filedOn: string | null;
                                    /** @constant */
                                    keptBy: "community";
                                    stamped: boolean;
                                };
                            };
                            closedOn: string | null;
                            closeReason: string | null;
                            commitment: string | null;
                            communityName: string;
                            communityOrgId: number;
                            id: number;
                            letterNo: string | null;
                            memberId: number;
                            memberName: string;
                            occupation: string | null;
                            part1FiledOn: string | null;
                            partyGroupId: number | null;
                            partyGroupName: string | null;
                            postName: string | null;
                            previousId: number | null;
                            residencePlaceId: number | null;
                            residencePlaceName: string | null;
                            returnedOn: string | null;
                            returnReason: string | null;
                            /** Format: date */
                            sentOn: string;
                            /** @description which sides the actor stands on */
                            sides?: {
                                community: boolean;
                                self: boolean;
                                unit: boolean;
                            };
                            skills: string | null;
                            stampedOn: string | null;
                            /** @description sent, stamped, filed, returned or closed */
                            status: string;
                            unitOrgId: number;
                            unitOrgName: string;
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
    "/registrations/{id}/stamp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The community receives the member and stamps the card; part 2 stays with the community */
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
                        on?: string;
                    };
                };
            };
            responses: {
                /** @description The community receives the member and stamps the card; part 2 stays with the community */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: string | null;
                            board: {
                                onBoard: boolean;
                                showCommitment: boolean;
                                showPhoto: boolean;
                                showPost: boolean;
                                showUnit: boolean;
                            };
                            cadreRank: string;
                            card: {
                                complete: boolean;
                                part1: {
                                    filedOn: string | null;
                                    /** @constant */
                                    keptBy: "unit";
                                    stamped: boolean;
                                };
                                part2: {
                                    filedOn: string | null;
                                    /** @constant */
                                    keptBy: "community";
                                    stamped: boolean;
                                };
                            };
                            closedOn: string | null;
                            closeReason: string | null;
                            commitment: string | null;
                            communityName: string;
                            communityOrgId: number;
                            id: number;
                            letterNo: string | null;
                            memberId: number;
                            memberName: string;
                            occupation: string | null;
                            part1FiledOn: string | null;
                            partyGroupId: number | null;
                            partyGroupName: string | null;
                            postName: string | null;
                            previousId: number | null;
                            residencePlaceId: number | null;
                            residencePlaceName: string | null;
                            returnedOn: string | null;
                            returnReason: string | null;
                            /** Format: date */
                            sentOn: string;
                            /** @description which sides the actor stands on */
                            sides?: {
                                community: boolean;
                                self: boolean;
                                unit: boolean;
                            };
                            skills: string | null;
                            stampedOn: string | null;
                            /** @description sent, stamped, filed, returned or closed */
                            status: string;
                            unitOrgId: number;
                            unitOrgName: string;
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
                /** @description only the community stamps its part */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description the letter is no longer waiting */
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
    "/registrations/{id}/visits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record an in-person report at the community (at least one a quarter) */
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
                        visitedOn?: string;
                    };
                };
            };
            responses: {
                /** @description Record an in-person report at the community (at least one a quarter) */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            /** Format: date */
                            visitedOn: string;
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
    "/rules/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Act on today’s flags: notify units of members absent over half a year; raise six-month lapses for the branch to decide */
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
                        orgId?: number;
                    };
                };
            };
            responses: {
                /** @description Act on today’s flags: notify units of members absent over half a year; raise six-month lapses for the branch to decide */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            decisions: number;
                            notices: number;
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
    "/service-centres": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Community service centres and the communities each covers */
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
                /** @description Community service centres and the communities each covers */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: ({
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
        /** Create a community service centre covering some communities */
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
                        communityOrgIds: number[];
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Create a community service centre covering some communities */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            communityOrgIds: number[];
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
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/unit-view": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The unit side of dual management, a page at a time: each in-service member’s community record next to their appraisal (三挂钩); the summary counts every member in scope */
        get: {
            parameters: {
                query: {
                    orgId?: number;
                    page?: number;
                    pageSize?: number;
                    year: number;
                };
                header?: never;
                path: {
                    city: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The unit side of dual management, a page at a time: each in-service member’s community record next to their appraisal (三挂钩); the summary counts every member in scope */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: ({
                                activities: number;
                                cadreRank: string;
                                communityName: string | null;
                                communityOverall: string | null;
                                grade: ("excellent" | "qualified" | "basic" | "unqualified") | null;
                                halfYearCards: number;
                                linkage: {
                                    awardsEligible: boolean;
                                    cadreOpinionNeeded: boolean;
                                    communityOpinion: string | null;
                                };
                                memberId: number;
                                memberName: string;
                                orgId: number;
                                orgName: string;
                                practicalThings: number;
                                registrationId: number | null;
                                status: string | null;
                                total: number | null;
                                visits: number;
                                visitsThisQuarter: number;
                            } & {
                                [key: string]: unknown;
                            })[];
                            page: number;
                            pageSize: number;
                            /** @description over every in-service member in scope, not only this page */
                            summary: {
                                awardsEligible: number;
                                members: number;
                                registered: number;
                                reportedThisQuarter: number;
                            } & {
                                [key: string]: unknown;
                            };
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
