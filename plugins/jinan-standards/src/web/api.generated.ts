// Generated from the API's OpenAPI document (/api/openapi.json) by `pnpm --filter @jiceng/api web-api-types`.
// Do not edit: change the route's describe()/validate() schemas and regenerate (a test fails while this is stale).

export interface paths {
    "/analysis": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Imbalance view of a campaign: score spread per area and community, weakest standards, communities below the threshold, change from the previous campaign */
        get: {
            parameters: {
                query?: {
                    campaignId?: number;
                    orgId?: number;
                    states?: "done" | "submitted" | "all";
                };
                header?: never;
                path: {
                    city: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Imbalance view of a campaign: score spread per area and community, weakest standards, communities below the threshold, change from the previous campaign */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description the city has no campaign yet */
                            campaign: null;
                            threshold: number;
                        } | ({
                            areaStats: {
                                /** @enum {string} */
                                area: "organization" | "team" | "duties" | "systems" | "regional" | "governance" | "service" | "support";
                                delta: number | null;
                                mean: number | null;
                                previousMean: number | null;
                                /** @description null when nothing was scored */
                                quartiles: {
                                    max: number;
                                    mean: number;
                                    median: number;
                                    min: number;
                                    n: number;
                                    q1: number;
                                    q3: number;
                                } | null;
                            }[];
                            /** @description lowest score first */
                            belowThreshold: ({
                                applicable: number;
                                /** @description score 0–100 per area (null: nothing assessed) */
                                areas: {
                                    [key: string]: number | null;
                                };
                                assessed: number;
                                assessmentId: number;
                                belowThreshold: boolean;
                                communityName: string;
                                communityOrgId: number;
                                communityPlaceId: number;
                                /** @enum {string} */
                                communityType: "open" | "closed" | "village_converted" | "urban_rural" | "county_town";
                                delta: number | null;
                                met: number;
                                notApplicable: number;
                                notMet: number;
                                partly: number;
                                previousAreas: {
                                    [key: string]: number | null;
                                } | null;
                                /** @description the same community in the previous campaign */
                                previousScore: number | null;
                                score: number | null;
                                /** @enum {string} */
                                state: "planned" | "in_progress" | "in_review" | "done";
                                streetName: string | null;
                            } & {
                                [key: string]: unknown;
                            })[];
                            campaign: {
                                id: number;
                                name: string;
                                /** Format: date */
                                periodFrom: string;
                                /** Format: date */
                                periodTo: string;
                                templateLabel: string;
                                templateName: string;
                                templateVersionId: number;
                            } & {
                                [key: string]: unknown;
                            };
                            communities: ({
                                applicable: number;
                                /** @description score 0–100 per area (null: nothing assessed) */
                                areas: {
                                    [key: string]: number | null;
                                };
                                assessed: number;
                                assessmentId: number;
                                belowThreshold: boolean;
                                communityName: string;
                                communityOrgId: number;
                                communityPlaceId: number;
                                /** @enum {string} */
                                communityType: "open" | "closed" | "village_converted" | "urban_rural" | "county_town";
                                delta: number | null;
                                met: number;
                                notApplicable: number;
                                notMet: number;
                                partly: number;
                                previousAreas: {
                                    [key: string]: number | null;
                                } | null;
                                /** @description the same community in the previous campaign */
                                previousScore: number | null;
                                score: number | null;
                                /** @enum {string} */
                                state: "planned" | "in_progress" | "in_review" | "done";
                                streetName: string | null;
                            } & {
                                [key: string]: unknown;
                            })[];
                            histogram: {
                                from: number;
                                n: number;
                                to: number;
                            }[];
                            overall: {
                                /** @description communities at or above the threshold */
                                above: number;
                                aboveShare: number | null;
                                iqr: number | null;
                                meanScore: number | null;
                                /** @description standards met ÷ assessed */
                                metShare: number | null;
                                n: number;
                                /** @description null when nothing was scored */
                                quartiles: {
                                    max: number;
                                    mean: number;
                                    median: number;
                                    min: number;
                                    n: number;
                                    q1: number;
                                    q3: number;
                                } | null;
                            };
                            previous: ({
                                id: number;
                                name: string;
                                /** Format: date */
                                periodFrom: string;
                                /** Format: date */
                                periodTo: string;
                                templateLabel: string;
                                templateName: string;
                                templateVersionId: number;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            /** @description null without a previous campaign */
                            previousOverall: {
                                /** @description communities at or above the threshold */
                                above: number;
                                aboveShare: number | null;
                                iqr: number | null;
                                meanScore: number | null;
                                /** @description standards met ÷ assessed */
                                metShare: number | null;
                                n: number;
                                /** @description null when nothing was scored */
                                quartiles: {
                                    max: number;
                                    mean: number;
                                    median: number;
                                    min: number;
                                    n: number;
                                    q1: number;
                                    q3: number;
                                } | null;
                            } | null;
                            rectifications: {
                                closed: number;
                                closedOnTime: number;
                                open: number;
                                overdue: number;
                                total: number;
                            };
                            /** @description every standard, weakest first */
                            standards: {
                                /** @enum {string} */
                                area: "organization" | "team" | "duties" | "systems" | "regional" | "governance" | "service" | "support";
                                assessed: number;
                                code: string;
                                meanShare: number | null;
                                met: number;
                                metShare: number | null;
                                notMet: number;
                                partly: number;
                                standardId: number;
                                title: string;
                                titleEn: string | null;
                            }[];
                            /** @enum {string} */
                            states: "done" | "submitted" | "all";
                            streetStats: {
                                meanScore: number;
                                minScore: number;
                                n: number;
                                streetName: string;
                            }[];
                            threshold: number;
                            typeStats: {
                                aboveShare: number | null;
                                meanScore: number | null;
                                n: number;
                                /** @enum {string} */
                                type: "open" | "closed" | "village_converted" | "urban_rural" | "county_town";
                            }[];
                        } & {
                            [key: string]: unknown;
                        });
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
    "/assessments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Assessments of a campaign (default: the newest) in the actor’s scope, with progress and score */
        get: {
            parameters: {
                query?: {
                    campaignId?: number;
                    q?: string;
                    state?: "planned" | "in_progress" | "in_review" | "done";
                    streetPlaceId?: number;
                    type?: "open" | "closed" | "village_converted" | "urban_rural" | "county_town";
                };
                header?: never;
                path: {
                    city: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Assessments of a campaign (default: the newest) in the actor’s scope, with progress and score */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            campaign?: {
                                id: number;
                                name: string;
                                /** Format: date */
                                periodFrom: string;
                                /** Format: date */
                                periodTo: string;
                                templateLabel: string;
                                templateName: string;
                                templateVersionId: number;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description null when the city has no campaign yet */
                            campaignId: number | null;
                            items: ({
                                applicable: number;
                                assessed: number;
                                canReview: boolean;
                                communityName: string;
                                communityPlaceId: number;
                                /** @enum {string} */
                                communityType: "open" | "closed" | "village_converted" | "urban_rural" | "county_town";
                                id: number;
                                lockedAt: string | null;
                                score: number | null;
                                /** @enum {string} */
                                state: "planned" | "in_progress" | "in_review" | "done";
                                streetName: string | null;
                                streetPlaceId: number | null;
                                submittedAt: string | null;
                            } & {
                                [key: string]: unknown;
                            })[];
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
    "/assessments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One assessment: items, evidence, scores per area, the previous campaign */
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
                /** @description One assessment: items, evidence, scores per area, the previous campaign */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description score 0–100 per area (null: nothing assessed) */
                            areas: {
                                [key: string]: number | null;
                            };
                            campaign: {
                                id: number;
                                name: string;
                                /** Format: date */
                                periodFrom: string;
                                /** Format: date */
                                periodTo: string;
                                templateLabel: string;
                                templateName: string;
                                templateVersionId: number;
                            } & {
                                [key: string]: unknown;
                            };
                            community: {
                                name: string;
                                orgId: number;
                                orgName: string;
                                placeId: number;
                                streetName: string | null;
                            };
                            /** @enum {string} */
                            communityType: "open" | "closed" | "village_converted" | "urban_rural" | "county_town";
                            id: number;
                            items: ({
                                /** @enum {string} */
                                area: "organization" | "team" | "duties" | "systems" | "regional" | "governance" | "service" | "support";
                                code: string;
                                description: string;
                                effective: {
                                    result: ("met" | "partly" | "not_met" | "not_applicable") | null;
                                    score: number | null;
                                };
                                evidence: ({
                                    /** Format: date */
                                    evidenceDate: string;
                                    filename: string;
                                    id: number;
                                    mimeType: string;
                                    note: string | null;
                                    placeholder: boolean;
                                    sizeBytes: number;
                                    /** Format: date-time */
                                    uploadedAt: string;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                maxScore: number;
                                passScore: number;
                                rectification: {
                                    closedOn: string | null;
                                    /** Format: date */
                                    dueDate: string;
                                    id: number;
                                    ownerName: string | null;
                                    /** @enum {string} */
                                    status: "open" | "closed";
                                } | null;
                                resultId: number;
                                /** @description the street’s review, null until it reviews this standard */
                                review: {
                                    at: string | null;
                                    by: string | null;
                                    note: string | null;
                                    result: ("met" | "partly" | "not_met" | "not_applicable") | null;
                                    score: number | null;
                                } | null;
                                scoringNote: string;
                                /** @enum {string} */
                                scoringRule: "graded" | "all_or_nothing";
                                self: {
                                    at: string | null;
                                    by: string | null;
                                    note: string | null;
                                    result: ("met" | "partly" | "not_met" | "not_applicable") | null;
                                    score: number | null;
                                };
                                seq: number;
                                /** @enum {string} */
                                source: "article" | "drafted" | "city";
                                standardId: number;
                                title: string;
                                titleEn: string | null;
                                weight: number;
                            } & {
                                [key: string]: unknown;
                            })[];
                            lockedAt: string | null;
                            lockedBy: string | null;
                            notApplicableByType: {
                                /** @enum {string} */
                                area: "organization" | "team" | "duties" | "systems" | "regional" | "governance" | "service" | "support";
                                code: string;
                                standardId: number;
                                title: string;
                                titleEn: string | null;
                            }[];
                            permissions: {
                                canEdit: boolean;
                                canReview: boolean;
                                canSubmit: boolean;
                            };
                            /** @description the same community in the previous campaign, for the radar */
                            previous: {
                                /** @description score 0–100 per area (null: nothing assessed) */
                                areas: {
                                    [key: string]: number | null;
                                };
                                assessmentId: number;
                                campaignId: number;
                                campaignName: string;
                                score: number | null;
                            } | null;
                            returnedReason: string | null;
                            reviewComment: string | null;
                            /** @enum {string} */
                            state: "planned" | "in_progress" | "in_review" | "done";
                            submittedAt: string | null;
                            submittedBy: string | null;
                            summary: {
                                applicable: number;
                                assessed: number;
                                met: number;
                                notApplicable: number;
                                notMet: number;
                                partly: number;
                                score: number | null;
                            } & {
                                [key: string]: unknown;
                            };
                            threshold: number;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description no such assessment in the actor’s scope */
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
        /** Remove a community that has not started from its campaign */
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
                /** @description Remove a community that has not started from its campaign */
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
                /** @description already started */
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
    "/assessments/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The street approves: done and locked; every unmet standard gets a rectification item */
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
                        comment?: string | null;
                    };
                };
            };
            responses: {
                /** @description The street approves: done and locked; every unmet standard gets a rectification item */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description score 0–100 per area (null: nothing assessed) */
                            areas: {
                                [key: string]: number | null;
                            };
                            campaign: {
                                id: number;
                                name: string;
                                /** Format: date */
                                periodFrom: string;
                                /** Format: date */
                                periodTo: string;
                                templateLabel: string;
                                templateName: string;
                                templateVersionId: number;
                            } & {
                                [key: string]: unknown;
                            };
                            community: {
                                name: string;
                                orgId: number;
                                orgName: string;
                                placeId: number;
                                streetName: string | null;
                            };
                            /** @enum {string} */
                            communityType: "open" | "closed" | "village_converted" | "urban_rural" | "county_town";
                            id: number;
                            items: ({
                                /** @enum {string} */
                                area: "organization" | "team" | "duties" | "systems" | "regional" | "governance" | "service" | "support";
                                code: string;
                                description: string;
                                effective: {
                                    result: ("met" | "partly" | "not_met" | "not_applicable") | null;
                                    score: number | null;
                                };
                                evidence: ({
                                    /** Format: date */
                                    evidenceDate: string;
                                    filename: string;
                                    id: number;
                                    mimeType: string;
                                    note: string | null;
                                    placeholder: boolean;
                                    sizeBytes: number;
                                    /** Format: date-time */
                                    uploadedAt: string;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                maxScore: number;
                                passScore: number;
                                rectification: {
                                    closedOn: string | null;
                                    /** Format: date */
                                    dueDate: string;
                                    id: number;
                                    ownerName: string | null;
                                    /** @enum {string} */
                                    status: "open" | "closed";
                                } | null;
                                resultId: number;
                                /** @description the street’s review, null until it reviews this standard */
                                review: {
                                    at: string | null;
                                    by: string | null;
                                    note: string | null;
                                    result: ("met" | "partly" | "not_met" | "not_applicable") | null;
                                    score: number | null;
                                } | null;
                                scoringNote: string;
                                /** @enum {string} */
                                scoringRule: "graded" | "all_or_nothing";
                                self: {
                                    at: string | null;
                                    by: string | null;
                                    note: string | null;
                                    result: ("met" | "partly" | "not_met" | "not_applicable") | null;
                                    score: number | null;
                                };
                                seq: number;
                                /** @enum {string} */
                                source: "article" | "drafted" | "city";
                                standardId: number;
                                title: string;
                                titleEn: string | null;
                                weight: number;
                            } & {
                                [key: string]: unknown;
                            })[];
                            lockedAt: string | null;
                            lockedBy: string | null;
                            notApplicableByType: {
                                /** @enum {string} */
                                area: "organization" | "team" | "duties" | "systems" | "regional" | "governance" | "service" | "support";
                                code: string;
                                standardId: number;
                                title: string;
                                titleEn: string | null;
                            }[];
                            permissions: {
                                canEdit: boolean;
                                canReview: boolean;
                                canSubmit: boolean;
                            };
                            /** @description the same community in the previous campaign, for the radar */
                            previous: {
                                /** @description score 0–100 per area (null: nothing assessed) */
                                areas: {
                                    [key: string]: number | null;
                                };
                                assessmentId: number;
                                campaignId: number;
                                campaignName: string;
                                score: number | null;
                            } | null;
                            returnedReason: string | null;
                            reviewComment: string | null;
                            /** @enum {string} */
                            state: "planned" | "in_progress" | "in_review" | "done";
                            submittedAt: string | null;
                            submittedBy: string | null;
                            summary: {
                                applicable: number;
                                assessed: number;
                                met: number;
                                notApplicable: number;
                                notMet: number;
                                partly: number;
                                score: number | null;
                            } & {
                                [key: string]: unknown;
                            };
                            threshold: number;
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
                /** @description not the reviewing street */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description not in review */
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
    "/assessments/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who changed what in this assessment (from the audit log) */
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
                /** @description Who changed what in this assessment (from the audit log) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                action: string;
                                actor: string | null;
                                /** @description the audit log’s JSON of the entity after the change (null when deleted) */
                                after: {
                                    [key: string]: unknown;
                                } | null;
                                /** Format: date-time */
                                at: string;
                                /** @description the audit log’s JSON of the entity before the change (null when created) */
                                before: {
                                    [key: string]: unknown;
                                } | null;
                                entity: string;
                                entityId: string | null;
                                id: number;
                            }[];
                        };
                    };
                };
                /** @description no such assessment in the actor’s scope */
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
    "/assessments/{id}/items/{standardId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Self-assessment of one standard by the community (result, score, note) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    city: string;
                    id: number;
                    standardId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string | null;
                        /** @enum {string} */
                        result: "met" | "partly" | "not_met" | "not_applicable";
                        score?: number | null;
                    };
                };
            };
            responses: {
                /** @description Self-assessment of one standard by the community (result, score, note) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            note: string | null;
                            /** @constant */
                            ok: true;
                            /** @enum {string} */
                            result: "met" | "partly" | "not_met" | "not_applicable";
                            score: number | null;
                            standardId: number;
                        };
                    };
                };
                /** @description score outside the range, result and score disagree, or the standard does not apply to the community type */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description in review or locked */
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
    "/assessments/{id}/items/{standardId}/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload an evidence file (multipart: file, evidenceDate, note) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    city: string;
                    id: number;
                    standardId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": {
                        /**
                         * Format: date
                         * @description the day the evidence is from, not after today
                         */
                        evidenceDate: string;
                        /**
                         * Format: binary
                         * @description the evidence file (pdf, image, Office document, txt or csv; at most maxEvidenceMb)
                         */
                        file: string;
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Upload an evidence file (multipart: file, evidenceDate, note) */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date */
                            evidenceDate: string;
                            filename: string;
                            id: number;
                            mimeType: string;
                            note: string | null;
                            sizeBytes: number;
                            /** Format: date-time */
                            uploadedAt: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description no file, a type not accepted, or a bad evidence date */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description locked, or in review and not the street */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description file over the size limit */
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
    "/assessments/{id}/items/{standardId}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** The street’s reviewed result of one standard (overrides the self-assessment) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    city: string;
                    id: number;
                    standardId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string | null;
                        /** @enum {string} */
                        result: "met" | "partly" | "not_met" | "not_applicable";
                        score?: number | null;
                    };
                };
            };
            responses: {
                /** @description The street’s reviewed result of one standard (overrides the self-assessment) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            note: string | null;
                            /** @constant */
                            ok: true;
                            /** @enum {string} */
                            result: "met" | "partly" | "not_met" | "not_applicable";
                            score: number | null;
                            standardId: number;
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
                /** @description not the reviewing street */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description not in review */
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
        /** Withdraw the street’s review of one standard (the self-assessment applies again) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    city: string;
                    id: number;
                    standardId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Withdraw the street’s review of one standard (the self-assessment applies again) */
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
                /** @description not the reviewing street */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description not in review */
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
    "/assessments/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The street returns the assessment for changes (in review → in progress), with a reason */
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
                /** @description The street returns the assessment for changes (in review → in progress), with a reason */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description score 0–100 per area (null: nothing assessed) */
                            areas: {
                                [key: string]: number | null;
                            };
                            campaign: {
                                id: number;
                                name: string;
                                /** Format: date */
                                periodFrom: string;
                                /** Format: date */
                                periodTo: string;
                                templateLabel: string;
                                templateName: string;
                                templateVersionId: number;
                            } & {
                                [key: string]: unknown;
                            };
                            community: {
                                name: string;
                                orgId: number;
                                orgName: string;
                                placeId: number;
                                streetName: string | null;
                            };
                            /** @enum {string} */
                            communityType: "open" | "closed" | "village_converted" | "urban_rural" | "county_town";
                            id: number;
                            items: ({
                                /** @enum {string} */
                                area: "organization" | "team" | "duties" | "systems" | "regional" | "governance" | "service" | "support";
                                code: string;
                                description: string;
                                effective: {
                                    result: ("met" | "partly" | "not_met" | "not_applicable") | null;
                                    score: number | null;
                                };
                                evidence: ({
                                    /** Format: date */
                                    evidenceDate: string;
                                    filename: string;
                                    id: number;
                                    mimeType: string;
                                    note: string | null;
                                    placeholder: boolean;
                                    sizeBytes: number;
                                    /** Format: date-time */
                                    uploadedAt: string;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                maxScore: number;
                                passScore: number;
                                rectification: {
                                    closedOn: string | null;
                                    /** Format: date */
                                    dueDate: string;
                                    id: number;
                                    ownerName: string | null;
                                    /** @enum {string} */
                                    status: "open" | "closed";
                                } | null;
                                resultId: number;
                                /** @description the street’s review, null until it reviews this standard */
                                review: {
                                    at: string | null;
                                    by: string | null;
                                    note: string | null;
                                    result: ("met" | "partly" | "not_met" | "not_applicable") | null;
                                    score: number | null;
                                } | null;
                                scoringNote: string;
                                /** @enum {string} */
                                scoringRule: "graded" | "all_or_nothing";
                                self: {
                                    at: string | null;
                                    by: string | null;
                                    note: string | null;
                                    result: ("met" | "partly" | "not_met" | "not_applicable") | null;
                                    score: number | null;
                                };
                                seq: number;
                                /** @enum {string} */
                                source: "article" | "drafted" | "city";
                                standardId: number;
                                title: string;
                                titleEn: string | null;
                                weight: number;
                            } & {
                                [key: string]: unknown;
                            })[];
                            lockedAt: string | null;
                            lockedBy: string | null;
                            notApplicableByType: {
                                /** @enum {string} */
                                area: "organization" | "team" | "duties" | "systems" | "regional" | "governance" | "service" | "support";
                                code: string;
                                standardId: number;
                                title: string;
                                titleEn: string | null;
                            }[];
                            permissions: {
                                canEdit: boolean;
                                canReview: boolean;
                                canSubmit: boolean;
                            };
                            /** @description the same community in the previous campaign, for the radar */
                            previous: {
                                /** @description score 0–100 per area (null: nothing assessed) */
                                areas: {
                                    [key: string]: number | null;
                                };
                                assessmentId: number;
                                campaignId: number;
                                campaignName: string;
                                score: number | null;
                            } | null;
                            returnedReason: string | null;
                            reviewComment: string | null;
                            /** @enum {string} */
                            state: "planned" | "in_progress" | "in_review" | "done";
                            submittedAt: string | null;
                            submittedBy: string | null;
                            summary: {
                                applicable: number;
                                assessed: number;
                                met: number;
                                notApplicable: number;
                                notMet: number;
                                partly: number;
                                score: number | null;
                            } & {
                                [key: string]: unknown;
                            };
                            threshold: number;
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
                /** @description not the reviewing street */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description not in review */
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
    "/assessments/{id}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start the self-assessment (planned → in progress) */
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
                /** @description Start the self-assessment (planned → in progress) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description score 0–100 per area (null: nothing assessed) */
                            areas: {
                                [key: string]: number | null;
                            };
                            campaign: {
                                id: number;
                                name: string;
                                /** Format: date */
                                periodFrom: string;
                                /** Format: date */
                                periodTo: string;
                                templateLabel: string;
                                templateName: string;
                                templateVersionId: number;
                            } & {
                                [key: string]: unknown;
                            };
                            community: {
                                name: string;
                                orgId: number;
                                orgName: string;
                                placeId: number;
                                streetName: string | null;
                            };
                            /** @enum {string} */
                            communityType: "open" | "closed" | "village_converted" | "urban_rural" | "county_town";
                            id: number;
                            items: ({
                                /** @enum {string} */
                                area: "organization" | "team" | "duties" | "systems" | "regional" | "governance" | "service" | "support";
                                code: string;
                                description: string;
                                effective: {
                                    result: ("met" | "partly" | "not_met" | "not_applicable") | null;
                                    score: number | null;
                                };
                                evidence: ({
                                    /** Format: date */
                                    evidenceDate: string;
                                    filename: string;
                                    id: number;
                                    mimeType: string;
                                    note: string | null;
                                    placeholder: boolean;
                                    sizeBytes: number;
                                    /** Format: date-time */
                                    uploadedAt: string;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                maxScore: number;
                                passScore: number;
                                rectification: {
                                    closedOn: string | null;
                                    /** Format: date */
                                    dueDate: string;
                                    id: number;
                                    ownerName: string | null;
                                    /** @enum {string} */
                                    status: "open" | "closed";
                                } | null;
                                resultId: number;
                                /** @description the street’s review, null until it reviews this standard */
                                review: {
                                    at: string | null;
                                    by: string | null;
                                    note: string | null;
                                    result: ("met" | "partly" | "not_met" | "not_applicable") | null;
                                    score: number | null;
                                } | null;
                                scoringNote: string;
                                /** @enum {string} */
                                scoringRule: "graded" | "all_or_nothing";
                                self: {
                                    at: string | null;
                                    by: string | null;
                                    note: string | null;
                                    result: ("met" | "partly" | "not_met" | "not_applicable") | null;
                                    score: number | null;
                                };
                                seq: number;
                                /** @enum {string} */
                                source: "article" | "drafted" | "city";
                                standardId: number;
                                title: string;
                                titleEn: string | null;
                                weight: number;
                            } & {
                                [key: string]: unknown;
                            })[];
                            lockedAt: string | null;
                            lockedBy: string | null;
                            notApplicableByType: {
                                /** @enum {string} */
                                area: "organization" | "team" | "duties" | "systems" | "regional" | "governance" | "service" | "support";
                                code: string;
                                standardId: number;
                                title: string;
                                titleEn: string | null;
                            }[];
                            permissions: {
                                canEdit: boolean;
                                canReview: boolean;
                                canSubmit: boolean;
                            };
                            /** @description the same community in the previous campaign, for the radar */
                            previous: {
                                /** @description score 0–100 per area (null: nothing assessed) */
                                areas: {
                                    [key: string]: number | null;
                                };
                                assessmentId: number;
                                campaignId: number;
                                campaignName: string;
                                score: number | null;
                            } | null;
                            returnedReason: string | null;
                            reviewComment: string | null;
                            /** @enum {string} */
                            state: "planned" | "in_progress" | "in_review" | "done";
                            submittedAt: string | null;
                            submittedBy: string | null;
                            summary: {
                                applicable: number;
                                assessed: number;
                                met: number;
                                notApplicable: number;
                                notMet: number;
                                partly: number;
                                score: number | null;
                            } & {
                                [key: string]: unknown;
                            };
                            threshold: number;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description already started */
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
    "/assessments/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit the self-assessment to the street (in progress → in review); every applicable standard needs a result */
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
                /** @description Submit the self-assessment to the street (in progress → in review); every applicable standard needs a result */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description score 0–100 per area (null: nothing assessed) */
                            areas: {
                                [key: string]: number | null;
                            };
                            campaign: {
                                id: number;
                                name: string;
                                /** Format: date */
                                periodFrom: string;
                                /** Format: date */
                                periodTo: string;
                                templateLabel: string;
                                templateName: string;
                                templateVersionId: number;
                            } & {
                                [key: string]: unknown;
                            };
                            community: {
                                name: string;
                                orgId: number;
                                orgName: string;
                                placeId: number;
                                streetName: string | null;
                            };
                            /** @enum {string} */
                            communityType: "open" | "closed" | "village_converted" | "urban_rural" | "county_town";
                            id: number;
                            items: ({
                                /** @enum {string} */
                                area: "organization" | "team" | "duties" | "systems" | "regional" | "governance" | "service" | "support";
                                code: string;
                                description: string;
                                effective: {
                                    result: ("met" | "partly" | "not_met" | "not_applicable") | null;
                                    score: number | null;
                                };
                                evidence: ({
                                    /** Format: date */
                                    evidenceDate: string;
                                    filename: string;
                                    id: number;
                                    mimeType: string;
                                    note: string | null;
                                    placeholder: boolean;
                                    sizeBytes: number;
                                    /** Format: date-time */
                                    uploadedAt: string;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                maxScore: number;
                                passScore: number;
                                rectification: {
                                    closedOn: string | null;
                                    /** Format: date */
                                    dueDate: string;
                                    id: number;
                                    ownerName: string | null;
                                    /** @enum {string} */
                                    status: "open" | "closed";
                                } | null;
                                resultId: number;
                                /** @description the street’s review, null until it reviews this standard */
                                review: {
                                    at: string | null;
                                    by: string | null;
                                    note: string | null;
                                    result: ("met" | "partly" | "not_met" | "not_applicable") | null;
                                    score: number | null;
                                } | null;
                                scoringNote: string;
                                /** @enum {string} */
                                scoringRule: "graded" | "all_or_nothing";
                                self: {
                                    at: string | null;
                                    by: string | null;
                                    note: string | null;
                                    result: ("met" | "partly" | "not_met" | "not_applicable") | null;
                                    score: number | null;
                                };
                                seq: number;
                                /** @enum {string} */
                                source: "article" | "drafted" | "city";
                                standardId: number;
                                title: string;
                                titleEn: string | null;
                                weight: number;
                            } & {
                                [key: string]: unknown;
                            })[];
                            lockedAt: string | null;
                            lockedBy: string | null;
                            notApplicableByType: {
                                /** @enum {string} */
                                area: "organization" | "team" | "duties" | "systems" | "regional" | "governance" | "service" | "support";
                                code: string;
                                standardId: number;
                                title: string;
                                titleEn: string | null;
                            }[];
                            permissions: {
                                canEdit: boolean;
                                canReview: boolean;
                                canSubmit: boolean;
                            };
                            /** @description the same community in the previous campaign, for the radar */
                            previous: {
                                /** @description score 0–100 per area (null: nothing assessed) */
                                areas: {
                                    [key: string]: number | null;
                                };
                                assessmentId: number;
                                campaignId: number;
                                campaignName: string;
                                score: number | null;
                            } | null;
                            returnedReason: string | null;
                            reviewComment: string | null;
                            /** @enum {string} */
                            state: "planned" | "in_progress" | "in_review" | "done";
                            submittedAt: string | null;
                            submittedBy: string | null;
                            summary: {
                                applicable: number;
                                assessed: number;
                                met: number;
                                notApplicable: number;
                                notMet: number;
                                partly: number;
                                score: number | null;
                            } & {
                                [key: string]: unknown;
                            };
                            threshold: number;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description not in progress, or standards not yet assessed */
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
    "/campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Assessment campaigns, newest period first, with progress in the actor’s scope */
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
                /** @description Assessment campaigns, newest period first, with progress in the actor’s scope */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: ({
                                assessments: number;
                                byState: {
                                    done: number;
                                    in_progress: number;
                                    in_review: number;
                                    planned: number;
                                };
                                id: number;
                                name: string;
                                /** Format: date */
                                periodFrom: string;
                                /** Format: date */
                                periodTo: string;
                                templateLabel: string;
                                templateName: string;
                                templateVersionId: number;
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
        /** Start a campaign over a set of communities on a published template version */
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
                        communityPlaceIds?: number[];
                        communityTypes?: ("open" | "closed" | "village_converted" | "urban_rural" | "county_town")[];
                        name: string;
                        periodFrom: string;
                        periodTo: string;
                        streetPlaceIds?: number[];
                        templateVersionId?: number;
                    };
                };
            };
            responses: {
                /** @description Start a campaign over a set of communities on a published template version */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            assessments: number;
                            byState: {
                                done: number;
                                in_progress: number;
                                in_review: number;
                                planned: number;
                            };
                            id: number;
                            name: string;
                            /** Format: date */
                            periodFrom: string;
                            /** Format: date */
                            periodTo: string;
                            /** @description communities left out for having no type or no community org */
                            skipped: number;
                            templateLabel: string;
                            templateName: string;
                            templateVersionId: number;
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
                /** @description the name is taken, or no published version yet */
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
    "/campaigns/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One campaign with progress */
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
                /** @description One campaign with progress */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            assessments: number;
                            byState: {
                                done: number;
                                in_progress: number;
                                in_review: number;
                                planned: number;
                            };
                            id: number;
                            name: string;
                            /** Format: date */
                            periodFrom: string;
                            /** Format: date */
                            periodTo: string;
                            previous: ({
                                id: number;
                                name: string;
                                /** Format: date */
                                periodFrom: string;
                                /** Format: date */
                                periodTo: string;
                                templateLabel: string;
                                templateName: string;
                                templateVersionId: number;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            templateLabel: string;
                            templateName: string;
                            templateVersionId: number;
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
        /** Delete a campaign nobody has started yet */
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
                /** @description Delete a campaign nobody has started yet */
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
                /** @description no such campaign */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description assessments already started */
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
    "/campaigns/{id}/assessments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add communities to a campaign */
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
                        communityPlaceIds: number[];
                    };
                };
            };
            responses: {
                /** @description Add communities to a campaign */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            added: number;
                            assessmentIds: number[];
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
                /** @description a community is already in the campaign */
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
        /** Communities with their type, street and community org (for choosing a campaign’s scope) */
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
                /** @description Communities with their type, street and community org (for choosing a campaign’s scope) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: ({
                                orgId: number | null;
                                placeId: number;
                                placeName: string;
                                streetName: string | null;
                                streetPlaceId: number | null;
                                type: ("open" | "closed" | "village_converted" | "urban_rural" | "county_town") | null;
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
    "/evidence/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download an evidence file (its stored type: pdf, image, Office document, txt or csv) */
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
                /** @description Download an evidence file (its stored type: pdf, image, Office document, txt or csv) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/msword": string;
                        "application/pdf": string;
                        "application/vnd.ms-excel": string;
                        "application/vnd.ms-powerpoint": string;
                        "application/vnd.openxmlformats-officedocument.presentationml.presentation": string;
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                        "image/gif": string;
                        "image/jpeg": string;
                        "image/png": string;
                        "image/webp": string;
                        "text/csv": string;
                        "text/plain": string;
                    };
                };
                /** @description no such evidence in the actor’s scope */
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
        /** Delete an evidence file while the assessment is still open */
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
                /** @description Delete an evidence file while the assessment is still open */
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
                /** @description no such evidence in the actor’s scope */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description locked, or in review and not the street */
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
    "/rectifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The rectification list (整改清单) in the actor’s scope, with counts */
        get: {
            parameters: {
                query?: {
                    assessmentId?: number;
                    campaignId?: number;
                    status?: "open" | "closed" | "overdue" | "all";
                    streetPlaceId?: number;
                };
                header?: never;
                path: {
                    city: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The rectification list (整改清单) in the actor’s scope, with counts */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: ({
                                /** @description in the list */
                                actions?: {
                                    close: {
                                        allowed: boolean;
                                        reason?: string;
                                    };
                                    reopen: {
                                        allowed: boolean;
                                        reason?: string;
                                    };
                                };
                                /** @enum {string} */
                                area: "organization" | "team" | "duties" | "systems" | "regional" | "governance" | "service" | "support";
                                assessmentId: number;
                                campaignId: number;
                                campaignName: string;
                                closedOn: string | null;
                                closingNote: string | null;
                                code: string;
                                communityName: string;
                                communityPlaceId: number;
                                /** Format: date */
                                dueDate: string;
                                id: number;
                                measures: string | null;
                                /** @description closed by the due date (null while open) */
                                onTime: boolean | null;
                                overdue: boolean;
                                ownerName: string | null;
                                problem: string;
                                /** @enum {string} */
                                status: "open" | "closed";
                                streetName: string | null;
                                title: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            summary: {
                                closed: number;
                                closedOnTime: number;
                                open: number;
                                overdue: number;
                                total: number;
                            };
                            /** @description more than 2,000 items matched; only the first 2,000 are listed */
                            truncated: boolean;
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
    "/rectifications/{id}": {
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
        /** Set the owner and measures (the street or city may also move the due date) */
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
                        dueDate?: string;
                        measures?: string | null;
                        ownerName?: string | null;
                    };
                };
            };
            responses: {
                /** @description Set the owner and measures (the street or city may also move the due date) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description in the list */
                            actions?: {
                                close: {
                                    allowed: boolean;
                                    reason?: string;
                                };
                                reopen: {
                                    allowed: boolean;
                                    reason?: string;
                                };
                            };
                            /** @enum {string} */
                            area: "organization" | "team" | "duties" | "systems" | "regional" | "governance" | "service" | "support";
                            assessmentId: number;
                            campaignId: number;
                            campaignName: string;
                            closedOn: string | null;
                            closingNote: string | null;
                            code: string;
                            communityName: string;
                            communityPlaceId: number;
                            /** Format: date */
                            dueDate: string;
                            id: number;
                            measures: string | null;
                            /** @description closed by the due date (null while open) */
                            onTime: boolean | null;
                            overdue: boolean;
                            ownerName: string | null;
                            problem: string;
                            /** @enum {string} */
                            status: "open" | "closed";
                            streetName: string | null;
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
                /** @description only the street or city moves the due date */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description no such rectification in the actor’s scope */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description closed; reopen it first */
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
    "/rectifications/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close (销号) with what was done; closing date defaults to today */
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
                        closedOn?: string;
                        note: string;
                    };
                };
            };
            responses: {
                /** @description Close (销号) with what was done; closing date defaults to today */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description in the list */
                            actions?: {
                                close: {
                                    allowed: boolean;
                                    reason?: string;
                                };
                                reopen: {
                                    allowed: boolean;
                                    reason?: string;
                                };
                            };
                            /** @enum {string} */
                            area: "organization" | "team" | "duties" | "systems" | "regional" | "governance" | "service" | "support";
                            assessmentId: number;
                            campaignId: number;
                            campaignName: string;
                            closedOn: string | null;
                            closingNote: string | null;
                            code: string;
                            communityName: string;
                            communityPlaceId: number;
                            /** Format: date */
                            dueDate: string;
                            id: number;
                            measures: string | null;
                            /** @description closed by the due date (null while open) */
                            onTime: boolean | null;
                            overdue: boolean;
                            ownerName: string | null;
                            problem: string;
                            /** @enum {string} */
                            status: "open" | "closed";
                            streetName: string | null;
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
                /** @description no such rectification in the actor’s scope */
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
    "/rectifications/{id}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The street or city reopens a closed item that was not really fixed */
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
                /** @description The street or city reopens a closed item that was not really fixed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description in the list */
                            actions?: {
                                close: {
                                    allowed: boolean;
                                    reason?: string;
                                };
                                reopen: {
                                    allowed: boolean;
                                    reason?: string;
                                };
                            };
                            /** @enum {string} */
                            area: "organization" | "team" | "duties" | "systems" | "regional" | "governance" | "service" | "support";
                            assessmentId: number;
                            campaignId: number;
                            campaignName: string;
                            closedOn: string | null;
                            closingNote: string | null;
                            code: string;
                            communityName: string;
                            communityPlaceId: number;
                            /** Format: date */
                            dueDate: string;
                            id: number;
                            measures: string | null;
                            /** @description closed by the due date (null while open) */
                            onTime: boolean | null;
                            overdue: boolean;
                            ownerName: string | null;
                            problem: string;
                            /** @enum {string} */
                            status: "open" | "closed";
                            streetName: string | null;
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
                /** @description only the street or city */
                403: {
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
    "/templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Template versions of the city (drafts and published), newest first */
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
                /** @description Template versions of the city (drafts and published), newest first */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description the newest published version */
                            currentId: number | null;
                            items: ({
                                basedOnId: number | null;
                                campaigns: number;
                                /** Format: date-time */
                                createdAt: string;
                                id: number;
                                items: number;
                                /** @description v1, v2 … or draft */
                                label: string;
                                name: string;
                                note: string | null;
                                publishedAt: string | null;
                                /** @enum {string} */
                                status: "draft" | "published";
                                /** @description null for a draft */
                                version: number | null;
                            } & {
                                [key: string]: unknown;
                            })[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Start a draft: a copy of a version, or the shipped Jinan template */
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
                        basedOnId?: number;
                        /**
                         * @default version
                         * @enum {string}
                         */
                        from?: "jinan" | "version";
                        name?: string;
                        /** @default null */
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Start a draft: a copy of a version, or the shipped Jinan template */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            basedOnId: number | null;
                            /** Format: date-time */
                            createdAt: string;
                            id: number;
                            items: ({
                                /** @enum {string} */
                                area: "organization" | "team" | "duties" | "systems" | "regional" | "governance" | "service" | "support";
                                code: string;
                                description: string;
                                id: number;
                                maxScore: number;
                                passScore: number;
                                scoringNote: string;
                                /** @enum {string} */
                                scoringRule: "graded" | "all_or_nothing";
                                seq: number;
                                /** @enum {string} */
                                source: "article" | "drafted" | "city";
                                title: string;
                                /** @description empty when the standard has no English title */
                                titleEn: string;
                                /** @description weight per community type that the standard applies to */
                                weights: {
                                    [key: string]: number;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @description v1, v2 … or draft */
                            label: string;
                            name: string;
                            note: string | null;
                            publishedAt: string | null;
                            /** @enum {string} */
                            status: "draft" | "published";
                            /** @description null for a draft */
                            version: number | null;
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
                /** @description a draft already exists */
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
    "/templates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One template version with its standards and type weights */
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
                /** @description One template version with its standards and type weights */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            basedOnId: number | null;
                            /** Format: date-time */
                            createdAt: string;
                            id: number;
                            items: ({
                                /** @enum {string} */
                                area: "organization" | "team" | "duties" | "systems" | "regional" | "governance" | "service" | "support";
                                code: string;
                                description: string;
                                id: number;
                                maxScore: number;
                                passScore: number;
                                scoringNote: string;
                                /** @enum {string} */
                                scoringRule: "graded" | "all_or_nothing";
                                seq: number;
                                /** @enum {string} */
                                source: "article" | "drafted" | "city";
                                title: string;
                                /** @description empty when the standard has no English title */
                                titleEn: string;
                                /** @description weight per community type that the standard applies to */
                                weights: {
                                    [key: string]: number;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @description v1, v2 … or draft */
                            label: string;
                            name: string;
                            note: string | null;
                            publishedAt: string | null;
                            /** @enum {string} */
                            status: "draft" | "published";
                            /** @description null for a draft */
                            version: number | null;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description no such version */
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
        /** Discard a draft */
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
                /** @description Discard a draft */
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
                /** @description no such version */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description published versions are frozen */
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
        /** Rename a draft or change its note */
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
                        name?: string;
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Rename a draft or change its note */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            basedOnId: number | null;
                            /** Format: date-time */
                            createdAt: string;
                            id: number;
                            /** @description v1, v2 … or draft */
                            label: string;
                            name: string;
                            note: string | null;
                            publishedAt: string | null;
                            /** @enum {string} */
                            status: "draft" | "published";
                            /** @description null for a draft */
                            version: number | null;
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
                /** @description no such version */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description published versions are frozen */
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
    "/templates/{id}/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A version as CSV (UTF-8 with BOM, opens in Excel) */
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
                /** @description A version as CSV (UTF-8 with BOM, opens in Excel) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
                /** @description no such version */
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
    "/templates/{id}/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A version as an Excel workbook (one row per standard, the CSV’s columns) */
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
                /** @description A version as an Excel workbook (one row per standard, the CSV’s columns) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description no such version */
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
    "/templates/{id}/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a standard to a draft (source: city) */
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
                        area: "organization" | "team" | "duties" | "systems" | "regional" | "governance" | "service" | "support";
                        code: string;
                        /** @default  */
                        description?: string;
                        maxScore: number;
                        passScore?: number;
                        /** @default  */
                        scoringNote?: string;
                        /** @enum {string} */
                        scoringRule: "graded" | "all_or_nothing";
                        seq?: number;
                        title: string;
                        /** @default null */
                        titleEn?: string | null;
                        weights: {
                            closed?: number | null;
                            county_town?: number | null;
                            open?: number | null;
                            urban_rural?: number | null;
                            village_converted?: number | null;
                        };
                    };
                };
            };
            responses: {
                /** @description Add a standard to a draft (source: city) */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            area: "organization" | "team" | "duties" | "systems" | "regional" | "governance" | "service" | "support";
                            code: string;
                            description: string;
                            id: number;
                            maxScore: number;
                            passScore: number;
                            scoringNote: string;
                            /** @enum {string} */
                            scoringRule: "graded" | "all_or_nothing";
                            seq: number;
                            /** @enum {string} */
                            source: "article" | "drafted" | "city";
                            title: string;
                            /** @description empty when the standard has no English title */
                            titleEn: string;
                            /** @description weight per community type that the standard applies to */
                            weights: {
                                [key: string]: number;
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
                /** @description published versions are frozen, or the code is taken */
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
    "/templates/{id}/items/{itemId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a drafted or city-added standard from a draft */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    city: string;
                    id: number;
                    itemId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Remove a drafted or city-added standard from a draft */
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
                /** @description no such standard */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description published versions are frozen */
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
        /** Change a draft’s standard: wording, weight, scoring rule, community types */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    city: string;
                    id: number;
                    itemId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        area?: "organization" | "team" | "duties" | "systems" | "regional" | "governance" | "service" | "support";
                        code?: string;
                        description?: string;
                        maxScore?: number;
                        passScore?: number;
                        scoringNote?: string;
                        /** @enum {string} */
                        scoringRule?: "graded" | "all_or_nothing";
                        seq?: number;
                        title?: string;
                        titleEn?: string | null;
                        weights?: {
                            closed?: number | null;
                            county_town?: number | null;
                            open?: number | null;
                            urban_rural?: number | null;
                            village_converted?: number | null;
                        };
                    };
                };
            };
            responses: {
                /** @description Change a draft’s standard: wording, weight, scoring rule, community types */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            area: "organization" | "team" | "duties" | "systems" | "regional" | "governance" | "service" | "support";
                            code: string;
                            description: string;
                            id: number;
                            maxScore: number;
                            passScore: number;
                            scoringNote: string;
                            /** @enum {string} */
                            scoringRule: "graded" | "all_or_nothing";
                            seq: number;
                            /** @enum {string} */
                            source: "article" | "drafted" | "city";
                            title: string;
                            /** @description empty when the standard has no English title */
                            titleEn: string;
                            /** @description weight per community type that the standard applies to */
                            weights: {
                                [key: string]: number;
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
                /** @description no such standard */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description published versions are frozen, or the code is taken */
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
    "/templates/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish a draft as the next version; it is frozen from then on */
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
                /** @description Publish a draft as the next version; it is frozen from then on */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            basedOnId: number | null;
                            /** Format: date-time */
                            createdAt: string;
                            id: number;
                            /** @description v1, v2 … or draft */
                            label: string;
                            name: string;
                            note: string | null;
                            publishedAt: string | null;
                            /** @enum {string} */
                            status: "draft" | "published";
                            /** @description null for a draft */
                            version: number | null;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description no such version */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description already published */
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
    "/templates/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A new draft from an .xlsx or CSV file (multipart field "file"; same columns as the export) */
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
                         * @description the template: .xlsx or .csv (UTF-8, GBK or UTF-16), the export’s columns; at most 1 MB
                         */
                        file: string;
                        /** @description the draft’s name (default: the file name) */
                        name?: string;
                    };
                };
            };
            responses: {
                /** @description A new draft from an .xlsx or CSV file (multipart field "file"; same columns as the export) */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            basedOnId: number | null;
                            /** Format: date-time */
                            createdAt: string;
                            id: number;
                            items: ({
                                /** @enum {string} */
                                area: "organization" | "team" | "duties" | "systems" | "regional" | "governance" | "service" | "support";
                                code: string;
                                description: string;
                                id: number;
                                maxScore: number;
                                passScore: number;
                                scoringNote: string;
                                /** @enum {string} */
                                scoringRule: "graded" | "all_or_nothing";
                                seq: number;
                                /** @enum {string} */
                                source: "article" | "drafted" | "city";
                                title: string;
                                /** @description empty when the standard has no English title */
                                titleEn: string;
                                /** @description weight per community type that the standard applies to */
                                weights: {
                                    [key: string]: number;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @description v1, v2 … or draft */
                            label: string;
                            name: string;
                            note: string | null;
                            publishedAt: string | null;
                            /** @enum {string} */
                            status: "draft" | "published";
                            /** @description null for a draft */
                            version: number | null;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description not an .xlsx or CSV file, or rows with problems (each named) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description a draft already exists */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description file over 1 MB */
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
