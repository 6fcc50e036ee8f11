// Generated from the API's OpenAPI document by tools/console/openapi-types.mjs; do not edit.
export interface paths {
    "/api/v1/accountability/agencies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Per agency: spend by method, competitive share against the policy target, mean bidders, single-bid tenders, overdue milestones, its own late payments (at an instant) */
        get: operations["AccountabilityController_agencies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accountability/agencies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One agency's figures at an instant */
        get: operations["AccountabilityController_agency"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accountability/contracts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Per contract: progress, accepted versus paid, next due milestone, overdue; filters and cursor paging */
        get: operations["AccountabilityController_contracts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accountability/contracts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One contract with its milestones (overdue judged at `at`, default now) */
        get: operations["AccountabilityController_contract"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accountability/suppliers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Per supplier: contracts won, active, completed, terminated; milestones on time and late; acceptance rate; mean score; money received; notices; debarments */
        get: operations["AccountabilityController_suppliers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accountability/suppliers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One supplier's accountability row */
        get: operations["AccountabilityController_supplier"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/{kind}/{id}/state": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The state of a tender, contract, supplier or budget line as it was at an instant (asOf, by recordedAt) or a global position (atPosition)
         * @description Reads the entity's stream from the log and folds the domain's deciders over the events up to that moment: the state a command would have seen. Neither parameter: the current state. Both: 400. A tender's bids are shown as sealed stubs ({ bidId, status, submittedAt, sealed: true }) unless the caller is the auditor or the tender's BidsOpened at or before that moment named the bid (docs/adr/0006-sealed-data-in-feeds.md): supervisors never see a sealed bid, nor the bids of a tender that failed or was cancelled before opening.
         */
        get: operations["AuditController_state"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/bundle": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An audit bundle: events exactly as hashed with inclusion proofs against a signed checkpoint, and the log keys (whole log, a range, or one procurement)
         * @description Check it offline with `node verify.mjs <file>` (`ledger verifier > verify.mjs`). Unredacted: sealed bid contents are included.
         */
        get: operations["AuditBundleController_bundle"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search the log by actor, type and time (occurredAt), in global order; cursor paging */
        get: operations["AuditController_events"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/tenders/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A tender's history: its bids, evaluations, award, contract, milestones, deliveries and disbursements in global order, with who, when and why
         * @description Auditors get every field. Everyone else (supervisors, the public) gets the history without sealed data (bid supplier, price and digest until opening) and personal data (actor ids of supplier staff and evaluators, evaluator ids, conflict declarations, correlation ids); a caller who may not read the tender (the public, suppliers) gets no item for a bid it may not see, since the number of bids is not public before opening; docs/read-side.md. Drafts are not public: 404 except for auditors and supervisors. Cursor paging.
         */
        get: operations["AuditController_tenderHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Verify the log's hash chain, Merkle tree and signed checkpoints, whole or from..to; reports the first break
         * @description Answered by the event store itself (no read model), with the checks of `ledger verify`: the hash chain, then (stores with a transparency log) every tile of the Merkle tree rebuilt from the events and every stored checkpoint against it. minPosition is accepted for uniformity and always satisfied.
         */
        get: operations["AuditController_verify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/blacklist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Debarments in force now (public): supplier, grounds, authority, from, until or indefinite
         * @description No evidence references or proposal ids: those point into files about people. Oldest first; cursor paging.
         */
        get: operations["BlacklistController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/blacklist/{supplierId}/at": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Was the supplier debarred at this instant? (public)
         * @description Answered from the log, not a read model: the supplier's stream folded through the supplier decider, then the decider's own activeDebarmentAt(instant). Bitemporal: `instant` is valid time, `knownAt` record time. By default as the record stands now (a debarment lifted since still shows as in force at an instant before the lifting; one corrected or annulled since shows corrected); with knownAt, as the register stood then (only the events the ledger had recorded by then, by their recordedAt: a decision entered later than it was taken was not known before its entry).
         */
        get: operations["BlacklistController_at"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/blacklist/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every debarment ever imposed, lifted and expired ones included, with evidence and lifting reason; in log order */
        get: operations["BlacklistController_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/budget-execution": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Budget lines with their execution, filtered by agency, fiscal year and category; cursor paging
         * @description A finance officer sees its own agency only (agencyId defaults to it; another agency is 403).
         */
        get: operations["BudgetExecutionController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/budget-lines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Open an approved budget line of the caller's agency (OpenBudgetLine) */
        post: operations["BudgetLinesController_open"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/budget-lines/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A budget line: allocated, reserved, committed, disbursed, available */
        get: operations["BudgetLinesController_read"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/budget-lines/{id}/adjustments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change the allocation (AdjustBudgetLine) */
        post: operations["BudgetLinesController_adjust"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/budget-lines/{id}/execution": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One budget line's execution */
        get: operations["BudgetExecutionController_one"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign the contract of an award; commits its value on the budget line in the same atomic append */
        post: operations["ContractsController_sign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{contractId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The contract with its milestones, accepted versus paid; ETag is the stream revision */
        get: operations["ContractsController_read"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{contractId}/amendment-approvals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A supervisor approves raising the value past the amendment threshold, up to a ceiling */
        post: operations["ContractsController_approveAmendment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{contractId}/amendments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Amend value and schedule; a raise is committed on the budget line in the same atomic append */
        post: operations["ContractsController_amend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{contractId}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close a contract whose milestones are all evaluated */
        post: operations["ContractsController_complete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{contractId}/disbursements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Pay an accepted milestone share (or an advance); the cash is recorded on the budget line in the same atomic append */
        post: operations["ContractsController_disburse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{contractId}/evaluators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Assign an evaluator to judge the milestone deliveries (the officer of the buying agency) */
        post: operations["ContractsController_assignEvaluator"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{contractId}/milestones/{milestoneId}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The supplier reports a milestone delivered; flagged late after its due date */
        post: operations["ContractsController_reportDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{contractId}/milestones/{milestoneId}/evaluations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** An assigned evaluator judges a delivery; a rejection counts as a supplier failure */
        post: operations["ContractsController_evaluate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{contractId}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Let a suspended contract continue */
        post: operations["ContractsController_resume"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{contractId}/suspend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Stop the work: no deliveries or advances until resumed */
        post: operations["ContractsController_suspend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{contractId}/terminate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End the contract early: releases the unpaid commitment; for_default counts a supplier failure and may propose a debarment, all atomically */
        post: operations["ContractsController_terminate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The event feed as Server-Sent Events: catch-up from a position, then live (docs/kafka.md "The feed without Kafka")
         * @description Each message: `id: <position>`, `event: <type>`, `data: <envelope JSON>`. Sealed bids (who bid, price, digest, and the actor of a bid event) are withheld (envelope field `redacted`) except for the auditor and the bidder itself (docs/adr/0006-sealed-data-in-feeds.md). What a caller sees depends on its role (no token: public events). Every caller also gets every final signed checkpoint of the transparency log, in ascending size: `event: checkpoint`, `data: {size, note, key, createdAt}`, those from the size before the first position when the stream opens, then each one as it becomes final. Once a checkpoint was sent, message ids are `<position>:<checkpoint size>` (the last event position delivered, the last checkpoint size delivered), so a resume with Last-Event-ID misses no checkpoint (docs/kafka.md "Checkpoints on the SSE feed").
         */
        get: operations["EventsController_stream"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/log/checkpoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign and store a checkpoint of the log as it is now (or return the latest, when it already covers the log) */
        post: operations["CheckpointCommandController_take"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ocds/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every release, streamed: one release package (format=json) or JSON Lines (format=jsonl)
         * @description Written page by page as it is read, never built in memory: fit for the whole history. `sincePosition` limits it to the newer releases.
         */
        get: operations["OcdsController_bulk"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ocds/records/{ocid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** OCDS record package of one contracting process: its releases and the compiled release */
        get: operations["OcdsController_record"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ocds/releases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * OCDS release package: releases in publication (log) order, paged
         * @description Page with `limit` and `cursor` (`links.next`), follow new releases with `sincePosition`, select a period with `from`/`to` (release date). An empty page is a package with no releases.
         */
        get: operations["OcdsController_releases"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/board/awards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Awarded tenders, newest first, with the contract once signed */
        get: operations["BoardController_awards"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/board/contracts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Signed contracts, newest first */
        get: operations["BoardController_contracts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/board/open-tenders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Published tenders still taking bids, nearest deadline first */
        get: operations["BoardController_open"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/contracts/{contractId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A signed contract as the public sees it: terms and progress, no personal data */
        get: operations["PublicContractsController_read"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/policy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The procurement policy in force: submission periods, thresholds, caps; and whether this is a sandbox */
        get: operations["JurisdictionController_read"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/tenders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Published tenders (whatever became of them), newest publication first; cursor paging */
        get: operations["TenderListController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/tenders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One published tender with its award */
        get: operations["PublicTendersController_read"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/red-flags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Red flags, newest first, by code, entity (<kind>:<id>), agency, supplier and time; cursor paging
         * @description With `entity`: the flags about that tender, contract, milestone or supplier, oldest first (the other filters do not apply).
         */
        get: operations["RedFlagsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suppliers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Register the calling supplier organisation (RegisterSupplier) */
        post: operations["SuppliersController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suppliers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A supplier with its rating, debarments, notices and monitoring as of now */
        get: operations["SuppliersController_read"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suppliers/{id}/debarment-proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask the authority to debar the supplier (ProposeDebarment) */
        post: operations["SuppliersController_propose"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suppliers/{id}/debarments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Expel the supplier from the procurement market for a period (DebarSupplier) */
        post: operations["SuppliersController_debar"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suppliers/{id}/debarments/{debarmentId}/correction": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Correct a debarment entered wrongly, its period or annulled, without rewriting history (CorrectDebarment) */
        post: operations["SuppliersController_correct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suppliers/{id}/debarments/{debarmentId}/lift": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End a debarment early: reinstatement or appeal (LiftDebarment) */
        post: operations["SuppliersController_lift"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suppliers/{id}/monitoring": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Place the supplier under enhanced monitoring until a date (PlaceUnderEnhancedMonitoring) */
        post: operations["SuppliersController_monitor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suppliers/{id}/monitoring/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End enhanced monitoring early, with a rationale (EndEnhancedMonitoring) */
        post: operations["SuppliersController_endMonitoring"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suppliers/{id}/notices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish a commendation or criticism (PublishPerformanceNotice) */
        post: operations["SuppliersController_notice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suppliers/{id}/qualification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a qualification review and the rating it gives (AssessQualification) */
        post: operations["SuppliersController_assess"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The public tender list again (as GET /api/v1/public/tenders); drafts are read one by one at /api/v1/tenders/{id} */
        get: operations["TenderListController_tenders"];
        put?: never;
        /** Draft a tender for the officer's agency (DraftTender) */
        post: operations["TendersController_draft"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The tender for its agency, assigned evaluators and oversight; bids are counts only until opened */
        get: operations["TendersController_read"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenders/{id}/amendments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change terms or deadline; material changes void the bids until confirmed (AmendTender) */
        post: operations["TendersController_amend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenders/{id}/award": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Award to a bid; other than the best weighted score needs a rationale and is flagged (AwardTender) */
        post: operations["TendersController_award"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenders/{id}/bids": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A supplier's own bids; for the agency, evaluators and oversight the count until opening, then every bid */
        get: operations["TendersController_bids"];
        put?: never;
        /** Submit a sealed bid for the calling supplier (SubmitBid) */
        post: operations["TendersController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenders/{id}/bids/{bidId}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm an own bid voided by a material amendment (ConfirmBid) */
        post: operations["TendersController_confirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenders/{id}/bids/{bidId}/disqualify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take an opened bid out of the evaluation (DisqualifyBid) */
        post: operations["TendersController_disqualify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenders/{id}/bids/{bidId}/scores": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The calling evaluator's scores for some criteria of one bid (ScoreBid) */
        post: operations["TendersController_score"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenders/{id}/bids/{bidId}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take an own bid back before the deadline (WithdrawBid) */
        post: operations["TendersController_withdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenders/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Abandon the procurement and free its reservation (CancelTender + ReleaseReservation) */
        post: operations["TendersController_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenders/{id}/complaints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The calling bidder complains about the award or the tender conditions during the standstill (FileComplaint) */
        post: operations["TendersController_complain"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenders/{id}/complaints/{complaintId}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The review body upholds a complaint (the award or the tender is cancelled) or dismisses it (the standstill resumes) (DecideComplaint) */
        post: operations["TendersController_decideComplaint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenders/{id}/conflicts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The calling evaluator declares a conflict with a supplier (DeclareConflict) */
        post: operations["TendersController_conflict"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenders/{id}/evaluators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add an evaluator to the panel (AssignEvaluator) */
        post: operations["TendersController_assign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenders/{id}/open-bids": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Open the bids after the deadline, or record the failure for want of valid bids (OpenBids) */
        post: operations["TendersController_open"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenders/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish the notice and reserve the estimate on the budget line (PublishTender + ReserveFunds) */
        post: operations["TendersController_publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenders/{id}/questions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The calling supplier asks a clarification question before the cut-off; it stays anonymous to everyone but itself and the auditor (AskQuestion) */
        post: operations["TendersController_ask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenders/{id}/questions/{questionId}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The buying agency answers a question publicly; with changes the answer amends the tender (AnswerQuestion) */
        post: operations["TendersController_answer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the process answers */
        get: operations["HealthController_live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: the event store and the read store are reachable (503 otherwise); projection lag in the detail */
        get: operations["HealthController_ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/log/checkpoint": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The latest signed checkpoint (C2SP tlog-checkpoint signed note) */
        get: operations["LogController_latest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/log/checkpoint/final": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The latest final checkpoint: cosigned by LEDGER_WITNESS_REQUIRED configured witnesses (the latest signed one when 0) */
        get: operations["LogController_final"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/log/checkpoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Stored checkpoints in size order, from fromSize, at most limit (default 100, max 1000) */
        get: operations["LogController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/log/checkpoints/{size}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed checkpoint of one tree size */
        get: operations["LogController_at"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/log/cosignatures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Store a witness cosignature (cosignature/v1) beside its checkpoint; only witnesses in LEDGER_WITNESS_KEYS are accepted */
        post: operations["LogController_cosign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/log/keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The log keys: verifier keys (sumdb/note format) with the tree sizes each may sign */
        get: operations["LogController_keys"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/log/proof/consistency": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Consistency proof from the tree of size `from` to the tree of size `to` */
        get: operations["LogController_consistency"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/log/proof/inclusion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Inclusion proof of the event at a position in the tree of a size (default: the latest checkpoint) */
        get: operations["LogController_inclusion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/log/tile/{path}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A tile of the Merkle tree at its C2SP tlog-tiles path (read-only, for mirrors) */
        get: operations["LogController_tile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Prometheus metrics (prom-client): Node process metrics, HTTP requests and latency, event-store head, projection checkpoints, lag and divergence, relay lag */
        get: operations["MetricsController_render"];
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
        AdjustBudgetLineDto: {
            /**
             * @description The new allocation (not a difference); never below reserved + committed
             * @example {
             *       "amountMinor": 600000000,
             *       "currency": "CNY"
             *     }
             */
            amount: components["schemas"]["MoneyDto"];
            /** @example Mid-year supplementary budget approved by the people’s congress */
            reason: string;
        };
        AmendContractDto: {
            /** @example Thirty more elders enrolled in the district */
            justification: string;
            /** @description The complete schedule after the amendment; sums to newValue */
            milestones: components["schemas"]["MilestoneDto"][];
            newValue: components["schemas"]["MoneyDto"];
            /**
             * @example scope_change
             * @enum {string}
             */
            rationale: "scope_change" | "price_adjustment" | "schedule_change" | "error_correction" | "force_majeure";
            /**
             * @description Required when the cumulative raise passes the policy threshold: an approvalId from POST /contracts/{id}/amendment-approvals
             * @example 0190b000-0000-7000-8000-0000000000a9
             */
            supervisorApprovalId?: string;
        };
        AmendmentResponseDto: {
            /** @example 0190b000-0000-7000-8000-000000000201 */
            amendmentId: string;
            /**
             * Format: uuid
             * @description The entity acted on or created
             * @example 0190f5a2-7c1e-7b3a-9d2e-5f1a2b3c4d5e
             */
            id: string;
            /**
             * @description Global log position reached; pass it to queries to read your own write
             * @example 1042
             */
            position: number;
            /** @description Transparency-log receipt: each appended event's position and leaf hash */
            receipt: components["schemas"]["ReceiptDto"];
            /**
             * @description Revision of the stream after the command (also the ETag). Absent, with no ETag, on a tender's stream for a caller who may not know its bid count (a supplier: ADR 0006 decision 6)
             * @example 3
             */
            revision?: number;
        };
        AmendTenderDto: {
            /**
             * @example {
             *       "estimatedValue": {
             *         "amountMinor": 130000000,
             *         "currency": "CNY"
             *       }
             *     }
             */
            changes: components["schemas"]["TenderChangesDto"];
            /**
             * Format: uuid
             * @description The upheld complaint (remedy amend_conditions) this amendment answers: bids are opened only once each such complaint is answered by an amendment naming it
             * @example 0190f5a2-7c1e-7b3a-9d2e-5f1a2b3c4d5e
             */
            complaintId?: string;
            /**
             * @description New deadline (published tenders only)
             * @example 2026-04-15T09:00:00Z
             */
            deadline?: string;
            /** @example Estimate revised after the market consultation */
            reason: string;
        };
        AnswerQuestionDto: {
            /** @example Yes, as a consortium led by one of them */
            answer: string;
            /**
             * @description When the answer changes the conditions: the amendment it makes (AmendTender rules: a material change voids the bids, late it extends the deadline)
             * @example {
             *       "eligibility": {
             *         "minRating": "2A",
             *         "supplierKinds": [],
             *         "invitedSupplierIds": []
             *       }
             *     }
             */
            changes?: components["schemas"]["TenderChangesDto"];
            /**
             * @description New deadline with the amendment
             * @example 2026-04-15T09:00:00Z
             */
            deadline?: string;
        };
        ApprovalResponseDto: {
            /**
             * @description Cite as supervisorApprovalId in the amendment
             * @example 0190b000-0000-7000-8000-0000000000a9
             */
            approvalId: string;
            /**
             * Format: uuid
             * @description The entity acted on or created
             * @example 0190f5a2-7c1e-7b3a-9d2e-5f1a2b3c4d5e
             */
            id: string;
            /**
             * @description Global log position reached; pass it to queries to read your own write
             * @example 1042
             */
            position: number;
            /** @description Transparency-log receipt: each appended event's position and leaf hash */
            receipt: components["schemas"]["ReceiptDto"];
            /**
             * @description Revision of the stream after the command (also the ETag). Absent, with no ETag, on a tender's stream for a caller who may not know its bid count (a supplier: ADR 0006 decision 6)
             * @example 3
             */
            revision?: number;
        };
        ApproveAmendmentDto: {
            /** @example Enrolment doubled after the district merger; unit price unchanged */
            justification: string;
            /** @description The highest value an amendment citing this approval may set */
            maxNewValue: components["schemas"]["MoneyDto"];
        };
        AskQuestionDto: {
            /** @example May two organisations bid together as a consortium? */
            question: string;
            /**
             * Format: uuid
             * @description Generated (UUIDv7) when absent
             * @example 0190f5a2-7c1e-7b3a-9d2e-5f1a2b3c4d5e
             */
            questionId?: string;
        };
        AssessQualificationDto: {
            /**
             * @description The third-party assessment body
             * @example Beijing Social Organisation Assessment Centre
             */
            assessor: string;
            /** @example 78 */
            financeScore: number;
            /** @example 85 */
            governanceScore: number;
            /** @example 92 */
            serviceQualityScore: number;
            /**
             * @description The rating holds until then
             * @example 2028-01-01T00:00:00Z
             */
            validUntil: string;
        };
        AssignContractEvaluatorDto: {
            /**
             * Format: uuid
             * @description The evaluator's user id (its token's sub)
             * @example 0190b000-0000-7000-8000-0000000000e1
             */
            evaluatorId: string;
        };
        AssignEvaluatorDto: {
            /**
             * Format: uuid
             * @description The evaluator's user id (its token subject)
             * @example 0190f5a2-7c1e-7b3a-9d2e-5f1a2b3c4d5e
             */
            evaluatorId: string;
        };
        AwardTenderDto: {
            /**
             * Format: uuid
             * @example 0190f5a2-7c1e-7b3a-9d2e-5f1a2b3c4d5e
             */
            bidId: string;
            /**
             * @description Required when the bid is not the best weighted score
             * @example The best-scored bidder cannot staff the night shifts the contract requires
             */
            rationale?: Record<string, never> | null;
        };
        CommandResultDto: {
            /**
             * Format: uuid
             * @description The entity acted on or created
             * @example 0190f5a2-7c1e-7b3a-9d2e-5f1a2b3c4d5e
             */
            id: string;
            /**
             * @description Global log position reached; pass it to queries to read your own write
             * @example 1042
             */
            position: number;
            /** @description Transparency-log receipt: each appended event's position and leaf hash */
            receipt: components["schemas"]["ReceiptDto"];
            /**
             * @description Revision of the stream after the command (also the ETag). Absent, with no ETag, on a tender's stream for a caller who may not know its bid count (a supplier: ADR 0006 decision 6)
             * @example 3
             */
            revision?: number;
        };
        CorrectDebarmentDto: {
            /**
             * @description true: the debarment was entered in error and never applied (no period then)
             * @example false
             */
            annul?: boolean;
            /**
             * @description The corrected start; never before the debarment was decided
             * @example 2026-06-01T00:00:00Z
             */
            from?: string;
            /**
             * @description The corrected debarment lasts until lifted
             * @example false
             */
            indefinite?: boolean;
            /** @example The decision says six months, not a year */
            reason: string;
            /**
             * @description The corrected end
             * @example 2026-12-01T00:00:00Z
             */
            until?: string;
        };
        CosignatureBody: {
            /**
             * @description the cosignature/v1 signature line
             * @example — witness.example AbCd...
             */
            cosignature: string;
            /**
             * @description tree size of the cosigned checkpoint
             * @example 42
             */
            size: number;
        };
        CriterionDto: {
            /**
             * @description Short code, unique in the tender
             * @example quality
             */
            criterionId: string;
            /** @example Service quality plan */
            name: string;
            /**
             * @description Whole percent; published weights sum to 100
             * @example 60
             */
            weight: number;
        };
        CriterionScoreDto: {
            /** @example quality */
            criterionId: string;
            /** @example 85 */
            score: number;
        };
        DebarSupplierDto: {
            /**
             * @description Who decided
             * @example Municipal Finance Bureau
             */
            authority: string;
            /**
             * Format: uuid
             * @description Generated (UUIDv7) when absent
             * @example 0190f5a2-7c1e-7b3a-9d2e-5f1a2b3c4d5e
             */
            debarmentId?: string;
            /**
             * @example [
             *       "0190f5a2-7c1e-7b3a-9d2e-5f1a2b3c4d5e"
             *     ]
             */
            evidenceEventIds: string[];
            /**
             * @description Defaults to now; never in the past
             * @example 2026-06-01T00:00:00Z
             */
            from?: string;
            /** @example Contract terminated for default; falsified delivery reports */
            grounds: string;
            /**
             * @description Until lifted
             * @example false
             */
            indefinite?: boolean;
            /**
             * Format: uuid
             * @description The proposal this decision answers
             * @example 0190f5a2-7c1e-7b3a-9d2e-5f1a2b3c4d5e
             */
            proposalId?: Record<string, never> | null;
            /**
             * @description Omitted and not indefinite: the policy default length
             * @example 2029-06-01T00:00:00Z
             */
            until?: Record<string, never> | null;
        };
        DecideComplaintDto: {
            /**
             * @example upheld
             * @enum {string}
             */
            decision: "upheld" | "dismissed";
            /** @example The awarded price is explained in the proposal */
            rationale: string;
            /**
             * @description Required when upheld: reopen_evaluation cancels the award, cancel_tender cancels the tender; absent when dismissed
             * @example reopen_evaluation
             * @enum {string|null}
             */
            remedy?: "reopen_evaluation" | "amend_conditions" | "cancel_tender" | null;
        };
        DeclareConflictDto: {
            /** @example I served on the board of this organisation until 2025 */
            description: string;
            /**
             * Format: uuid
             * @example 0190f5a2-7c1e-7b3a-9d2e-5f1a2b3c4d5e
             */
            supplierId: string;
        };
        DirectCommissionDto: {
            /** @example Sole 4A-rated provider of dementia care in the district */
            justification: string;
            /**
             * Format: uuid
             * @description The commissioned supplier; its rating is read from the ledger, not sent
             * @example 0190f5a2-7c1e-7b3a-9d2e-5f1a2b3c4d5e
             */
            supplierId: string;
        };
        DisburseFundsDto: {
            /** @description Within the accepted share not yet paid (or the advance cap) */
            amount: components["schemas"]["MoneyDto"];
            /**
             * @example milestone
             * @enum {string}
             */
            kind: "milestone" | "advance";
            /**
             * @description Required for a milestone payment; absent for an advance
             * @example 0190b000-0000-7000-8000-000000000101
             */
            milestoneId?: string;
        };
        DisbursementResponseDto: {
            /** @example 0190b000-0000-7000-8000-000000000301 */
            disbursementId: string;
            /**
             * Format: uuid
             * @description The entity acted on or created
             * @example 0190f5a2-7c1e-7b3a-9d2e-5f1a2b3c4d5e
             */
            id: string;
            /**
             * @description Global log position reached; pass it to queries to read your own write
             * @example 1042
             */
            position: number;
            /** @description Transparency-log receipt: each appended event's position and leaf hash */
            receipt: components["schemas"]["ReceiptDto"];
            /**
             * @description Revision of the stream after the command (also the ETag). Absent, with no ETag, on a tender's stream for a caller who may not know its bid count (a supplier: ADR 0006 decision 6)
             * @example 3
             */
            revision?: number;
        };
        DraftTenderDto: {
            /**
             * Format: uuid
             * @description Defaults to the officer's agency; any other agency is refused
             * @example 0190f5a2-7c1e-7b3a-9d2e-5f1a2b3c4d5e
             */
            agencyId?: string;
            /**
             * Format: uuid
             * @description A line of the same agency, in the estimate's currency
             * @example 0190f5a2-7c1e-7b3a-9d2e-5f1a2b3c4d5e
             */
            budgetLineId: string;
            /**
             * @example short_term_project
             * @enum {string}
             */
            contractType: "core_long_term" | "short_term_project";
            /**
             * @example [
             *       {
             *         "criterionId": "price",
             *         "name": "Price",
             *         "weight": 40
             *       },
             *       {
             *         "criterionId": "quality",
             *         "name": "Service quality plan",
             *         "weight": 60
             *       }
             *     ]
             */
            criteria: components["schemas"]["CriterionDto"][];
            /** @description Only for method direct_commission */
            directCommission?: components["schemas"]["DirectCommissionDto"] | null;
            /**
             * @example {
             *       "minRating": "3A",
             *       "supplierKinds": [
             *         "social_organisation"
             *       ],
             *       "invitedSupplierIds": []
             *     }
             */
            eligibility: components["schemas"]["EligibilityDto"];
            /**
             * @example {
             *       "amountMinor": 120000000,
             *       "currency": "CNY"
             *     }
             */
            estimatedValue: components["schemas"]["MoneyDto"];
            /**
             * @example open
             * @enum {string}
             */
            method: "open" | "invited" | "competitive_negotiation" | "direct_commission";
            /**
             * @example outcome_based
             * @enum {string}
             */
            paymentModel: "outcome_based" | "process_based" | "unit_based";
            /** @example elderly_care */
            serviceCategory: string;
            /**
             * Format: uuid
             * @description Generated (UUIDv7) when absent
             * @example 0190f5a2-7c1e-7b3a-9d2e-5f1a2b3c4d5e
             */
            tenderId?: string;
            /** @example Home care for elderly residents of Chaoyang, 2026-2027 */
            title: string;
        };
        EligibilityDto: {
            /**
             * @description Empty for open tenders; the invited suppliers otherwise
             * @example []
             */
            invitedSupplierIds: string[];
            /**
             * @description Lowest rating that may bid; null for none
             * @example 3A
             * @enum {string|null}
             */
            minRating: "1A" | "2A" | "3A" | "4A" | "5A" | null;
            /**
             * @description Empty: every kind
             * @example [
             *       "social_organisation"
             *     ]
             */
            supplierKinds: ("social_organisation" | "enterprise" | "public_institution")[];
        };
        EndMonitoringDto: {
            /** @example Six months of on-time deliveries */
            rationale: string;
        };
        EvaluateMilestoneDto: {
            /**
             * @description Basis points of the milestone amount accepted: 10000 accepted, 0 rejected, between for partial
             * @example 7500
             */
            acceptedShareBps: number;
            /** @example Three quarters of the visits verified by sampling */
            comments: string;
            /**
             * @description Quality score 0..100
             * @example 78
             */
            score: number;
            /**
             * @example partially_accepted
             * @enum {string}
             */
            verdict: "accepted" | "partially_accepted" | "rejected";
        };
        FileComplaintDto: {
            /**
             * Format: uuid
             * @description Generated (UUIDv7) when absent
             * @example 0190f5a2-7c1e-7b3a-9d2e-5f1a2b3c4d5e
             */
            complaintId?: string;
            /**
             * @description SHA-256 of each supporting document (64 lowercase hex); the documents stay outside the ledger
             * @example [
             *       "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
             *     ]
             */
            documentDigests: string[];
            /** @example The awarded price is abnormally low and was not explained */
            grounds: string;
            /**
             * @description The award decision, or the tender conditions
             * @example award
             * @enum {string}
             */
            subject: "award" | "conditions";
        };
        IndicatorDto: {
            /** @example Home visits made */
            description: string;
            /**
             * @description Short code, unique in the milestone; delivery reports refer to it
             * @example visits
             */
            indicatorId: string;
            /** @example >= 400 */
            target: string;
        };
        IndicatorResultDto: {
            /** @example visits */
            indicatorId: string;
            /** @example true */
            met: boolean;
            /**
             * @description As measured
             * @example 412
             */
            value: string;
        };
        LiftDebarmentDto: {
            /** @example Appeal upheld by the review board */
            reason: string;
        };
        MilestoneDto: {
            amount: components["schemas"]["MoneyDto"];
            /**
             * @example [
             *       "Visit log",
             *       "Care plans for every enrolled elder"
             *     ]
             */
            deliverables: string[];
            /**
             * @description ISO-8601 UTC; after the signing
             * @example 2026-06-30T23:59:59Z
             */
            dueAt: string;
            indicators: components["schemas"]["IndicatorDto"][];
            /**
             * @description Chosen by the client (UUID); later routes address the milestone by it
             * @example 0190b000-0000-7000-8000-000000000101
             */
            milestoneId: string;
            /** @example Home visits, first half-year */
            title: string;
        };
        MoneyDto: {
            /**
             * @description Whole minor units (cents, fen)
             * @example 12500000
             */
            amountMinor: number;
            /**
             * @description ISO 4217 currency code
             * @example CNY
             * @enum {string}
             */
            currency: "AED" | "AFN" | "ALL" | "AMD" | "ANG" | "AOA" | "ARS" | "AUD" | "AWG" | "AZN" | "BAM" | "BBD" | "BDT" | "BGN" | "BHD" | "BIF" | "BMD" | "BND" | "BOB" | "BOV" | "BRL" | "BSD" | "BTN" | "BWP" | "BYN" | "BZD" | "CAD" | "CDF" | "CHE" | "CHF" | "CHW" | "CLF" | "CLP" | "CNY" | "COP" | "COU" | "CRC" | "CUC" | "CUP" | "CVE" | "CZK" | "DJF" | "DKK" | "DOP" | "DZD" | "EGP" | "ERN" | "ETB" | "EUR" | "FJD" | "FKP" | "GBP" | "GEL" | "GHS" | "GIP" | "GMD" | "GNF" | "GTQ" | "GYD" | "HKD" | "HNL" | "HTG" | "HUF" | "IDR" | "ILS" | "INR" | "IQD" | "IRR" | "ISK" | "JMD" | "JOD" | "JPY" | "KES" | "KGS" | "KHR" | "KMF" | "KPW" | "KRW" | "KWD" | "KYD" | "KZT" | "LAK" | "LBP" | "LKR" | "LRD" | "LSL" | "LYD" | "MAD" | "MDL" | "MGA" | "MKD" | "MMK" | "MNT" | "MOP" | "MRU" | "MUR" | "MVR" | "MWK" | "MXN" | "MXV" | "MYR" | "MZN" | "NAD" | "NGN" | "NIO" | "NOK" | "NPR" | "NZD" | "OMR" | "PAB" | "PEN" | "PGK" | "PHP" | "PKR" | "PLN" | "PYG" | "QAR" | "RON" | "RSD" | "RUB" | "RWF" | "SAR" | "SBD" | "SCR" | "SDG" | "SEK" | "SGD" | "SHP" | "SLE" | "SLL" | "SOS" | "SRD" | "SSP" | "STN" | "SVC" | "SYP" | "SZL" | "THB" | "TJS" | "TMT" | "TND" | "TOP" | "TRY" | "TTD" | "TWD" | "TZS" | "UAH" | "UGX" | "USD" | "USN" | "UYI" | "UYU" | "UYW" | "UZS" | "VED" | "VES" | "VND" | "VUV" | "WST" | "XAF" | "XCD" | "XCG" | "XOF" | "XPF" | "YER" | "ZAR" | "ZMW" | "ZWG" | "ZWL";
        };
        OpenBudgetLineDto: {
            /**
             * Format: uuid
             * @description Defaults to the finance officer's agency; any other agency is refused
             * @example 0190f5a2-7c1e-7b3a-9d2e-5f1a2b3c4d5e
             */
            agencyId?: string;
            /**
             * @description The approved allocation (more than zero)
             * @example {
             *       "amountMinor": 500000000,
             *       "currency": "CNY"
             *     }
             */
            amount: components["schemas"]["MoneyDto"];
            /**
             * Format: uuid
             * @description Generated (UUIDv7) when absent
             * @example 0190f5a2-7c1e-7b3a-9d2e-5f1a2b3c4d5e
             */
            budgetLineId?: string;
            /**
             * @description Service category the line pays for
             * @example elderly_care
             */
            category: string;
            /** @example 2026 */
            fiscalYear: number;
        };
        PlaceUnderMonitoringDto: {
            /** @example Criticised twice in one year */
            reason: string;
            /** @example 2027-06-01T00:00:00Z */
            until: string;
        };
        /** @description RFC 9457 problem details; clients key on `code` (docs/api.md "Errors") */
        Problem: {
            /** @example VALIDATION_FAILED */
            code: string;
            /** @example 3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55 */
            correlationId: string;
            /** @example Invalid input: name */
            detail: string;
            /** @description With VALIDATION_FAILED: each failing field (body path, parameter or header) */
            errors?: {
                /** @example milestones.0.amount */
                field?: string;
                /**
                 * @example [
                 *       "amount must not be less than 0"
                 *     ]
                 */
                messages?: string[];
            }[];
            /** @example /api/v1/tenders */
            instance: string;
            /** @example 400 */
            status: number;
            /** @example Bad Request */
            title: string;
            /** @example urn:contract-ledger:problem:VALIDATION_FAILED */
            type: string;
        };
        ProposeDebarmentDto: {
            /**
             * @description Events that prove the grounds
             * @example [
             *       "0190f5a2-7c1e-7b3a-9d2e-5f1a2b3c4d5e"
             *     ]
             */
            evidenceEventIds: string[];
            /** @example Three milestones rejected within one year */
            grounds: string;
            /**
             * Format: uuid
             * @description Generated (UUIDv7) when absent
             * @example 0190f5a2-7c1e-7b3a-9d2e-5f1a2b3c4d5e
             */
            proposalId?: string;
        };
        PublishNoticeDto: {
            /**
             * @example criticism
             * @enum {string}
             */
            kind: "commendation" | "criticism";
            /**
             * Format: uuid
             * @description Generated (UUIDv7) when absent
             * @example 0190f5a2-7c1e-7b3a-9d2e-5f1a2b3c4d5e
             */
            noticeId?: string;
            /**
             * @example [
             *       "0190f5a2-7c1e-7b3a-9d2e-5f1a2b3c4d5e"
             *     ]
             */
            relatedEventIds?: string[];
            /** @example Two of four milestones delivered late in 2026 */
            summary: string;
        };
        PublishTenderDto: {
            /**
             * @description Submission deadline; at least the policy minimum period for the method from now
             * @example 2026-04-01T09:00:00Z
             */
            deadline: string;
        };
        ReasonDto: {
            /** @example The service is no longer needed after the district merger */
            reason: string;
        };
        ReceiptDto: {
            /** @description The events the command appended, in position order (empty for an idempotent no-op). Prove one later with GET /log/proof/inclusion?position=<position>&size=<a checkpoint size> (docs/transparency-log.md "Receipts") */
            events: components["schemas"]["ReceiptEventDto"][];
        };
        ReceiptEventDto: {
            /**
             * @description The event's chain hash (hex): the leaf data of the transparency log
             * @example 8f166c1bb27dc2f163c3251f1eea75e6a80b4cfe164f8067efff6952775fe359
             */
            eventHash: string;
            /**
             * @description RFC 6962 leaf hash SHA-256(0x00 || chain hash bytes), base64
             * @example dwD5ZZywIlZQNs0vu3IbwCTIi2WaCUVWaXKiM0Kgh/E=
             */
            leafHash: string;
            /**
             * @description Global position of the appended event (leaf index position - 1)
             * @example 1042
             */
            position: number;
        };
        RegisterSupplierDto: {
            /**
             * @example social_organisation
             * @enum {string}
             */
            kind: "social_organisation" | "enterprise" | "public_institution";
            /** @example Sunshine Elderly Care Centre */
            name: string;
            /**
             * @description Unified social credit code or registration number
             * @example 52110000MJ0123456X
             */
            registrationNumber: string;
            /**
             * Format: uuid
             * @description Defaults to the token's supplierId: a supplier registers itself
             * @example 0190f5a2-7c1e-7b3a-9d2e-5f1a2b3c4d5e
             */
            supplierId?: string;
        };
        ReportDeliveryDto: {
            /**
             * @description sha256:<64 hex> of each evidence file (the files stay outside the log)
             * @example [
             *       "sha256:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
             *     ]
             */
            evidenceDigests: string[];
            /** @description One per indicator of the milestone */
            indicatorResults: components["schemas"]["IndicatorResultDto"][];
        };
        ScoreBidDto: {
            /**
             * @example [
             *       {
             *         "criterionId": "price",
             *         "score": 80
             *       },
             *       {
             *         "criterionId": "quality",
             *         "score": 90
             *       }
             *     ]
             */
            scores: components["schemas"]["CriterionScoreDto"][];
        };
        SignContractDto: {
            /**
             * @description Advance payments allowed, percent of the value (0 = none), at most the policy cap
             * @example 20
             */
            advanceCapPercent: number;
            /** @description Amounts sum exactly to the value */
            milestones: components["schemas"]["MilestoneDto"][];
            /**
             * @description The awarded tender; award facts (supplier, amount, agency, budget line) are read from it
             * @example 0190b000-0000-7000-8000-000000000701
             */
            tenderId: string;
            /** @description At most the awarded amount; committed on the budget line */
            value: components["schemas"]["MoneyDto"];
        };
        StateParams: {
            /**
             * Format: uuid
             * @example 0190f5a2-7c1e-7b3a-9d2e-5f1a2b3c4d5e
             */
            id: string;
            /**
             * @example contract
             * @enum {string}
             */
            kind: "tender" | "contract" | "supplier" | "budget-line";
        };
        SubmitBidDto: {
            /**
             * Format: uuid
             * @description Generated (UUIDv7) when absent
             * @example 0190f5a2-7c1e-7b3a-9d2e-5f1a2b3c4d5e
             */
            bidId?: string;
            /**
             * @description More than zero, in the tender's currency
             * @example {
             *       "amountMinor": 110000000,
             *       "currency": "CNY"
             *     }
             */
            price: components["schemas"]["MoneyDto"];
            /**
             * @description SHA-256 of the proposal document, 64 lowercase hex digits
             * @example a3f1c2d4e5b6a7980112233445566778899aabbccddeeff00112233445566778
             */
            proposalDigest: string;
        };
        SuspendContractDto: {
            /** @example Safeguarding investigation at the day centre */
            reason: string;
        };
        TenderChangesDto: {
            /**
             * @example short_term_project
             * @enum {string}
             */
            contractType?: "core_long_term" | "short_term_project";
            criteria?: components["schemas"]["CriterionDto"][];
            eligibility?: components["schemas"]["EligibilityDto"];
            /**
             * @example {
             *       "amountMinor": 120000000,
             *       "currency": "CNY"
             *     }
             */
            estimatedValue?: components["schemas"]["MoneyDto"];
            /**
             * @example outcome_based
             * @enum {string}
             */
            paymentModel?: "outcome_based" | "process_based" | "unit_based";
            /** @example elderly_care */
            serviceCategory?: string;
            /** @example Home care for elderly residents of Chaoyang, 2026-2027 */
            title?: string;
        };
        TerminateContractDto: {
            /** @example Visits not made for two months despite two written warnings */
            explanation: string;
            /**
             * @description for_default counts as a supplier failure
             * @example for_default
             * @enum {string}
             */
            reason: "for_default" | "for_convenience" | "mutual_agreement" | "force_majeure";
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    AccountabilityController_agencies: {
        parameters: {
            query?: {
                /** @description Instant overdue milestones and late payments are judged at (default: now) */
                at?: string;
                /** @description `nextCursor` of the previous page (same filters) */
                cursor?: string;
                limit?: number;
                /** @description How long to wait for minPosition, in ms (default and ceiling: LEDGER_READ_WAIT_MS, 5000) */
                maxWaitMs?: number;
                /** @description Global log position the answer must include: the `position` a command answered. The route waits until its read model has applied it, then answers; 504 PROJECTION_TIMEOUT if it does not in time */
                minPosition?: number;
                /** @description Sort column (descending); default: agency id */
                sort?: "contractsSigned" | "contractValueMinor" | "singleBidTenders" | "paymentsPaidLate";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "agencyId": "01a24b0f-fd9d-70c5-b98a-7db71eea4266",
                     *           "tendersDrafted": 25,
                     *           "tendersPublished": 24,
                     *           "tendersOpened": 15,
                     *           "tendersFailed": 0,
                     *           "tendersCancelled": 0,
                     *           "tendersAwarded": 12,
                     *           "competitiveTendersOpened": 0,
                     *           "competitiveBidsOpened": 0,
                     *           "singleBidTenders": 0,
                     *           "meanBiddersX100": null,
                     *           "contractsSigned": 11,
                     *           "contractValueMinor": 1100000000,
                     *           "competitiveValueMinor": 0,
                     *           "competitiveShareBps": 0,
                     *           "paymentsDue": 2,
                     *           "paymentsPaidLate": 0,
                     *           "updatedAt": "2026-12-06T11:14:35.646Z",
                     *           "position": 197,
                     *           "spendByMethod": [
                     *             {
                     *               "agencyId": "01a24b0f-fd9d-70c5-b98a-7db71eea4266",
                     *               "method": "direct_commission",
                     *               "competitive": false,
                     *               "currency": "CNY",
                     *               "contracts": 11,
                     *               "valueMinor": 1100000000,
                     *               "paidMinor": 0
                     *             }
                     *           ],
                     *           "competitiveShareTargetBps": 8500,
                     *           "meetsCompetitiveTarget": false,
                     *           "overdueMilestones": 0,
                     *           "latePayments": 0,
                     *           "latePaymentsUnpaid": 0,
                     *           "monitoring": {
                     *             "contracts": 1,
                     *             "current": 0,
                     *             "endedEarly": 1,
                     *             "items": [
                     *               {
                     *                 "agencyId": "01a24b0f-fd9d-70c5-b98a-7db71eea4266",
                     *                 "contractId": "01a24b10-4b0f-7c4e-9a77-0f2d5e8b1c3a",
                     *                 "tenderId": "01a24b10-1721-774b-b732-35bf935772b6",
                     *                 "supplierId": "01a24b0f-fda1-7a3e-8f0c-2b7d6c5e4f10",
                     *                 "reason": "Two late deliveries in a year",
                     *                 "monitoredFrom": "2026-03-01T09:00:00.000Z",
                     *                 "monitoredUntil": "2026-09-01T09:00:00.000Z",
                     *                 "endedEarlyAt": "2026-03-03T09:00:00.000Z",
                     *                 "endRationale": "On time since the placement",
                     *                 "position": 190
                     *               }
                     *             ]
                     *           },
                     *           "at": "2026-03-04T09:00:00.000Z"
                     *         }
                     *       ],
                     *       "nextCursor": null
                     *     }
                     */
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            agencyId: string;
                            /** Format: date-time */
                            at: string;
                            competitiveBidsOpened: number;
                            competitiveShareBps: number;
                            competitiveShareTargetBps: number;
                            competitiveTendersOpened: number;
                            competitiveValueMinor: number;
                            contractsSigned: number;
                            contractValueMinor: number;
                            latePayments: number;
                            latePaymentsUnpaid: number;
                            meanBiddersX100: unknown;
                            meetsCompetitiveTarget: boolean;
                            monitoring: {
                                contracts: number;
                                current: number;
                                endedEarly: number;
                                items: {
                                    /** Format: uuid */
                                    agencyId: string;
                                    /** Format: uuid */
                                    contractId: string;
                                    /** Format: date-time */
                                    endedEarlyAt: string | null;
                                    endRationale: string | null;
                                    /** Format: date-time */
                                    monitoredFrom: string;
                                    /** Format: date-time */
                                    monitoredUntil: string;
                                    position: number;
                                    reason: string;
                                    /** Format: uuid */
                                    supplierId: string;
                                    /** Format: uuid */
                                    tenderId: string;
                                }[];
                            };
                            overdueMilestones: number;
                            paymentsDue: number;
                            paymentsPaidLate: number;
                            position: number;
                            singleBidTenders: number;
                            spendByMethod: {
                                /** Format: uuid */
                                agencyId: string;
                                competitive: boolean;
                                contracts: number;
                                currency: string;
                                method: string;
                                paidMinor: number;
                                valueMinor: number;
                            }[];
                            tendersAwarded: number;
                            tendersCancelled: number;
                            tendersDrafted: number;
                            tendersFailed: number;
                            tendersOpened: number;
                            tendersPublished: number;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                        nextCursor: unknown;
                    };
                };
            };
            /** @description VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:VALIDATION_FAILED",
                     *       "status": 400,
                     *       "code": "VALIDATION_FAILED",
                     *       "detail": "VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON",
                     *       "instance": "/api/v1/accountability/agencies",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid one (`WWW-Authenticate` says why) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:UNAUTHENTICATED",
                     *       "status": 401,
                     *       "code": "UNAUTHENTICATED",
                     *       "detail": "UNAUTHENTICATED",
                     *       "instance": "/api/v1/accountability/agencies",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN: the role may not call this route, or not on this resource (another agency, supplier, or not assigned) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:FORBIDDEN",
                     *       "status": 403,
                     *       "code": "FORBIDDEN",
                     *       "detail": "FORBIDDEN",
                     *       "instance": "/api/v1/accountability/agencies",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL: a bug; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:INTERNAL",
                     *       "status": 500,
                     *       "code": "INTERNAL",
                     *       "detail": "INTERNAL",
                     *       "instance": "/api/v1/accountability/agencies",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description STORE_UNAVAILABLE / AUTH_UNAVAILABLE: retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:STORE_UNAVAILABLE",
                     *       "status": 503,
                     *       "code": "STORE_UNAVAILABLE",
                     *       "detail": "STORE_UNAVAILABLE / AUTH_UNAVAILABLE",
                     *       "instance": "/api/v1/accountability/agencies",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PROJECTION_TIMEOUT: the read model did not reach `minPosition` within `maxWaitMs`; retry after Retry-After */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:PROJECTION_TIMEOUT",
                     *       "status": 504,
                     *       "code": "PROJECTION_TIMEOUT",
                     *       "detail": "PROJECTION_TIMEOUT",
                     *       "instance": "/api/v1/accountability/agencies",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AccountabilityController_agency: {
        parameters: {
            query?: {
                /** @description Instant overdue milestones and late payments are judged at (default: now) */
                at?: string;
                /** @description How long to wait for minPosition, in ms (default and ceiling: LEDGER_READ_WAIT_MS, 5000) */
                maxWaitMs?: number;
                /** @description Global log position the answer must include: the `position` a command answered. The route waits until its read model has applied it, then answers; 504 PROJECTION_TIMEOUT if it does not in time */
                minPosition?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "agencyId": "01a24b0f-fd9d-70c5-b98a-7db71eea4266",
                     *       "tendersDrafted": 25,
                     *       "tendersPublished": 24,
                     *       "tendersOpened": 15,
                     *       "tendersFailed": 0,
                     *       "tendersCancelled": 0,
                     *       "tendersAwarded": 12,
                     *       "competitiveTendersOpened": 0,
                     *       "competitiveBidsOpened": 0,
                     *       "singleBidTenders": 0,
                     *       "meanBiddersX100": null,
                     *       "contractsSigned": 11,
                     *       "contractValueMinor": 1100000000,
                     *       "competitiveValueMinor": 0,
                     *       "competitiveShareBps": 0,
                     *       "paymentsDue": 2,
                     *       "paymentsPaidLate": 0,
                     *       "updatedAt": "2026-12-06T11:14:35.646Z",
                     *       "position": 197,
                     *       "spendByMethod": [
                     *         {
                     *           "agencyId": "01a24b0f-fd9d-70c5-b98a-7db71eea4266",
                     *           "method": "direct_commission",
                     *           "competitive": false,
                     *           "currency": "CNY",
                     *           "contracts": 11,
                     *           "valueMinor": 1100000000,
                     *           "paidMinor": 0
                     *         }
                     *       ],
                     *       "competitiveShareTargetBps": 8500,
                     *       "meetsCompetitiveTarget": false,
                     *       "overdueMilestones": 0,
                     *       "latePayments": 0,
                     *       "latePaymentsUnpaid": 0,
                     *       "monitoring": {
                     *         "contracts": 1,
                     *         "current": 0,
                     *         "endedEarly": 1,
                     *         "items": [
                     *           {
                     *             "agencyId": "01a24b0f-fd9d-70c5-b98a-7db71eea4266",
                     *             "contractId": "01a24b10-4b0f-7c4e-9a77-0f2d5e8b1c3a",
                     *             "tenderId": "01a24b10-1721-774b-b732-35bf935772b6",
                     *             "supplierId": "01a24b0f-fda1-7a3e-8f0c-2b7d6c5e4f10",
                     *             "reason": "Two late deliveries in a year",
                     *             "monitoredFrom": "2026-03-01T09:00:00.000Z",
                     *             "monitoredUntil": "2026-09-01T09:00:00.000Z",
                     *             "endedEarlyAt": "2026-03-03T09:00:00.000Z",
                     *             "endRationale": "On time since the placement",
                     *             "position": 190
                     *           }
                     *         ]
                     *       },
                     *       "at": "2026-03-04T09:00:00.000Z"
                     *     }
                     */
                    "application/json": {
                        /** Format: uuid */
                        agencyId: string;
                        /** Format: date-time */
                        at: string;
                        competitiveBidsOpened: number;
                        competitiveShareBps: number;
                        competitiveShareTargetBps: number;
                        competitiveTendersOpened: number;
                        competitiveValueMinor: number;
                        contractsSigned: number;
                        contractValueMinor: number;
                        latePayments: number;
                        latePaymentsUnpaid: number;
                        meanBiddersX100: unknown;
                        meetsCompetitiveTarget: boolean;
                        monitoring: {
                            contracts: number;
                            current: number;
                            endedEarly: number;
                            items: {
                                /** Format: uuid */
                                agencyId: string;
                                /** Format: uuid */
                                contractId: string;
                                /** Format: date-time */
                                endedEarlyAt: string | null;
                                endRationale: string | null;
                                /** Format: date-time */
                                monitoredFrom: string;
                                /** Format: date-time */
                                monitoredUntil: string;
                                position: number;
                                reason: string;
                                /** Format: uuid */
                                supplierId: string;
                                /** Format: uuid */
                                tenderId: string;
                            }[];
                        };
                        overdueMilestones: number;
                        paymentsDue: number;
                        paymentsPaidLate: number;
                        position: number;
                        singleBidTenders: number;
                        spendByMethod: {
                            /** Format: uuid */
                            agencyId: string;
                            competitive: boolean;
                            contracts: number;
                            currency: string;
                            method: string;
                            paidMinor: number;
                            valueMinor: number;
                        }[];
                        tendersAwarded: number;
                        tendersCancelled: number;
                        tendersDrafted: number;
                        tendersFailed: number;
                        tendersOpened: number;
                        tendersPublished: number;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:VALIDATION_FAILED",
                     *       "status": 400,
                     *       "code": "VALIDATION_FAILED",
                     *       "detail": "VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON",
                     *       "instance": "/api/v1/accountability/agencies/{id}",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid one (`WWW-Authenticate` says why) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:UNAUTHENTICATED",
                     *       "status": 401,
                     *       "code": "UNAUTHENTICATED",
                     *       "detail": "UNAUTHENTICATED",
                     *       "instance": "/api/v1/accountability/agencies/{id}",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN: the role may not call this route, or not on this resource (another agency, supplier, or not assigned) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:FORBIDDEN",
                     *       "status": 403,
                     *       "code": "FORBIDDEN",
                     *       "detail": "FORBIDDEN",
                     *       "instance": "/api/v1/accountability/agencies/{id}",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND or a domain <X>_NOT_FOUND: no such entity */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:NOT_FOUND",
                     *       "status": 404,
                     *       "code": "NOT_FOUND",
                     *       "detail": "NOT_FOUND or a domain <X>_NOT_FOUND",
                     *       "instance": "/api/v1/accountability/agencies/{id}",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL: a bug; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:INTERNAL",
                     *       "status": 500,
                     *       "code": "INTERNAL",
                     *       "detail": "INTERNAL",
                     *       "instance": "/api/v1/accountability/agencies/{id}",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description STORE_UNAVAILABLE / AUTH_UNAVAILABLE: retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:STORE_UNAVAILABLE",
                     *       "status": 503,
                     *       "code": "STORE_UNAVAILABLE",
                     *       "detail": "STORE_UNAVAILABLE / AUTH_UNAVAILABLE",
                     *       "instance": "/api/v1/accountability/agencies/{id}",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PROJECTION_TIMEOUT: the read model did not reach `minPosition` within `maxWaitMs`; retry after Retry-After */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:PROJECTION_TIMEOUT",
                     *       "status": 504,
                     *       "code": "PROJECTION_TIMEOUT",
                     *       "detail": "PROJECTION_TIMEOUT",
                     *       "instance": "/api/v1/accountability/agencies/{id}",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AccountabilityController_contracts: {
        parameters: {
            query?: {
                agencyId?: string;
                /** @description `nextCursor` of the previous page (same filters) */
                cursor?: string;
                limit?: number;
                /** @description How long to wait for minPosition, in ms (default and ceiling: LEDGER_READ_WAIT_MS, 5000) */
                maxWaitMs?: number;
                /** @description Global log position the answer must include: the `position` a command answered. The route waits until its read model has applied it, then answers; 504 PROJECTION_TIMEOUT if it does not in time */
                minPosition?: number;
                /** @description Only contracts with an unevaluated milestone due before this instant */
                overdueAt?: string;
                status?: "active" | "suspended" | "completed" | "terminated";
                supplierId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "contractId": "01a24b10-10d1-771e-a271-d6b96d437eda",
                     *           "tenderId": "01a24b10-025f-7343-97d0-636334bb563b",
                     *           "agencyId": "01a24b0f-fd9d-70c5-b98a-7db71eea4266",
                     *           "supplierId": "01a24b0f-fd9d-70c7-b2ff-20f892348acc",
                     *           "method": "direct_commission",
                     *           "status": "active",
                     *           "signedAt": "2026-03-04T09:00:00.000Z",
                     *           "closedAt": null,
                     *           "currency": "CNY",
                     *           "valueMinor": 100000000,
                     *           "milestonesTotal": 2,
                     *           "milestonesDelivered": 2,
                     *           "milestonesEvaluated": 2,
                     *           "milestonesLate": 0,
                     *           "progressBps": 10000,
                     *           "acceptedMinor": 100000000,
                     *           "paidMinor": 0,
                     *           "cashPaidMinor": 0,
                     *           "advancesMinor": 0,
                     *           "amendments": 0,
                     *           "nextDueMilestoneId": null,
                     *           "nextDueAt": null,
                     *           "schedule": [
                     *             {
                     *               "milestoneId": "01a24b10-1002-7155-abb7-ae8c9a8158da",
                     *               "dueAt": "2026-05-03T09:00:00.000Z",
                     *               "delivered": true,
                     *               "late": false,
                     *               "evaluated": true,
                     *               "acceptedMinor": 40000000
                     *             }
                     *           ],
                     *           "updatedAt": "2026-12-06T11:14:34.657Z",
                     *           "position": 164,
                     *           "overdue": null
                     *         }
                     *       ],
                     *       "nextCursor": null
                     *     }
                     */
                    "application/json": {
                        items: {
                            acceptedMinor: number;
                            advancesMinor: number;
                            /** Format: uuid */
                            agencyId: string;
                            amendments: number;
                            cashPaidMinor: number;
                            closedAt: unknown;
                            /** Format: uuid */
                            contractId: string;
                            currency: string;
                            method: string;
                            milestonesDelivered: number;
                            milestonesEvaluated: number;
                            milestonesLate: number;
                            milestonesTotal: number;
                            nextDueAt: unknown;
                            nextDueMilestoneId: unknown;
                            overdue: unknown;
                            paidMinor: number;
                            position: number;
                            progressBps: number;
                            schedule: {
                                acceptedMinor: number;
                                delivered: boolean;
                                /** Format: date-time */
                                dueAt: string;
                                evaluated: boolean;
                                late: boolean;
                                /** Format: uuid */
                                milestoneId: string;
                            }[];
                            /** Format: date-time */
                            signedAt: string;
                            status: string;
                            /** Format: uuid */
                            supplierId: string;
                            /** Format: uuid */
                            tenderId: string;
                            /** Format: date-time */
                            updatedAt: string;
                            valueMinor: number;
                        }[];
                        nextCursor: unknown;
                    };
                };
            };
            /** @description VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:VALIDATION_FAILED",
                     *       "status": 400,
                     *       "code": "VALIDATION_FAILED",
                     *       "detail": "VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON",
                     *       "instance": "/api/v1/accountability/contracts",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid one (`WWW-Authenticate` says why) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:UNAUTHENTICATED",
                     *       "status": 401,
                     *       "code": "UNAUTHENTICATED",
                     *       "detail": "UNAUTHENTICATED",
                     *       "instance": "/api/v1/accountability/contracts",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN: the role may not call this route, or not on this resource (another agency, supplier, or not assigned) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:FORBIDDEN",
                     *       "status": 403,
                     *       "code": "FORBIDDEN",
                     *       "detail": "FORBIDDEN",
                     *       "instance": "/api/v1/accountability/contracts",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL: a bug; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:INTERNAL",
                     *       "status": 500,
                     *       "code": "INTERNAL",
                     *       "detail": "INTERNAL",
                     *       "instance": "/api/v1/accountability/contracts",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description STORE_UNAVAILABLE / AUTH_UNAVAILABLE: retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:STORE_UNAVAILABLE",
                     *       "status": 503,
                     *       "code": "STORE_UNAVAILABLE",
                     *       "detail": "STORE_UNAVAILABLE / AUTH_UNAVAILABLE",
                     *       "instance": "/api/v1/accountability/contracts",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PROJECTION_TIMEOUT: the read model did not reach `minPosition` within `maxWaitMs`; retry after Retry-After */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:PROJECTION_TIMEOUT",
                     *       "status": 504,
                     *       "code": "PROJECTION_TIMEOUT",
                     *       "detail": "PROJECTION_TIMEOUT",
                     *       "instance": "/api/v1/accountability/contracts",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AccountabilityController_contract: {
        parameters: {
            query?: {
                /** @description Instant overdue milestones and late payments are judged at (default: now) */
                at?: string;
                /** @description How long to wait for minPosition, in ms (default and ceiling: LEDGER_READ_WAIT_MS, 5000) */
                maxWaitMs?: number;
                /** @description Global log position the answer must include: the `position` a command answered. The route waits until its read model has applied it, then answers; 504 PROJECTION_TIMEOUT if it does not in time */
                minPosition?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "contractId": "01a24b10-100e-70b9-9212-22dba24b7b41",
                     *       "tenderId": "01a24b10-0105-74a9-b3d5-9e8a12b7d5e7",
                     *       "agencyId": "01a24b0f-fd9d-70c5-b98a-7db71eea4266",
                     *       "supplierId": "01a24b0f-fd9d-70c7-b2ff-20f892348acc",
                     *       "method": "direct_commission",
                     *       "status": "active",
                     *       "signedAt": "2026-03-04T09:00:00.000Z",
                     *       "closedAt": null,
                     *       "currency": "CNY",
                     *       "valueMinor": 100000000,
                     *       "milestonesTotal": 2,
                     *       "milestonesDelivered": 0,
                     *       "milestonesEvaluated": 0,
                     *       "milestonesLate": 0,
                     *       "progressBps": 0,
                     *       "acceptedMinor": 0,
                     *       "paidMinor": 0,
                     *       "cashPaidMinor": 0,
                     *       "advancesMinor": 0,
                     *       "amendments": 0,
                     *       "nextDueMilestoneId": "01a24b10-1002-7155-abb7-ae8c9a8158da",
                     *       "nextDueAt": "2026-05-03T09:00:00.000Z",
                     *       "schedule": [
                     *         {
                     *           "milestoneId": "01a24b10-1002-7155-abb7-ae8c9a8158da",
                     *           "dueAt": "2026-05-03T09:00:00.000Z",
                     *           "delivered": false,
                     *           "late": false,
                     *           "evaluated": false,
                     *           "acceptedMinor": 0
                     *         }
                     *       ],
                     *       "updatedAt": "2026-12-06T11:14:33.613Z",
                     *       "position": 126,
                     *       "overdue": false,
                     *       "at": "2026-03-04T09:00:00.000Z",
                     *       "milestones": [
                     *         {
                     *           "contractId": "01a24b10-100e-70b9-9212-22dba24b7b41",
                     *           "milestoneId": "01a24b10-1002-7155-abb7-ae8c9a8158da",
                     *           "agencyId": "01a24b0f-fd9d-70c5-b98a-7db71eea4266",
                     *           "supplierId": "01a24b0f-fd9d-70c7-b2ff-20f892348acc",
                     *           "title": "Home visits",
                     *           "dueAt": "2026-05-03T09:00:00.000Z",
                     *           "amountMinor": 40000000,
                     *           "status": "pending",
                     *           "open": true,
                     *           "deliveredAt": null,
                     *           "deliveredLate": null,
                     *           "evaluatedAt": null,
                     *           "verdict": null,
                     *           "score": null,
                     *           "acceptedMinor": 0,
                     *           "paidMinor": 0,
                     *           "paymentDueBy": null,
                     *           "settled": false,
                     *           "settledAt": null,
                     *           "paidLate": false,
                     *           "position": 126
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        acceptedMinor: number;
                        advancesMinor: number;
                        /** Format: uuid */
                        agencyId: string;
                        amendments: number;
                        /** Format: date-time */
                        at: string;
                        cashPaidMinor: number;
                        closedAt: unknown;
                        /** Format: uuid */
                        contractId: string;
                        currency: string;
                        method: string;
                        milestones: {
                            acceptedMinor: number;
                            /** Format: uuid */
                            agencyId: string;
                            amountMinor: number;
                            /** Format: uuid */
                            contractId: string;
                            deliveredAt: unknown;
                            deliveredLate: unknown;
                            /** Format: date-time */
                            dueAt: string;
                            evaluatedAt: unknown;
                            /** Format: uuid */
                            milestoneId: string;
                            open: boolean;
                            paidLate: boolean;
                            paidMinor: number;
                            paymentDueBy: unknown;
                            position: number;
                            score: unknown;
                            settled: boolean;
                            settledAt: unknown;
                            status: string;
                            /** Format: uuid */
                            supplierId: string;
                            title: string;
                            verdict: unknown;
                        }[];
                        milestonesDelivered: number;
                        milestonesEvaluated: number;
                        milestonesLate: number;
                        milestonesTotal: number;
                        /** Format: date-time */
                        nextDueAt: string;
                        /** Format: uuid */
                        nextDueMilestoneId: string;
                        overdue: boolean;
                        paidMinor: number;
                        position: number;
                        progressBps: number;
                        schedule: {
                            acceptedMinor: number;
                            delivered: boolean;
                            /** Format: date-time */
                            dueAt: string;
                            evaluated: boolean;
                            late: boolean;
                            /** Format: uuid */
                            milestoneId: string;
                        }[];
                        /** Format: date-time */
                        signedAt: string;
                        status: string;
                        /** Format: uuid */
                        supplierId: string;
                        /** Format: uuid */
                        tenderId: string;
                        /** Format: date-time */
                        updatedAt: string;
                        valueMinor: number;
                    };
                };
            };
            /** @description VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:VALIDATION_FAILED",
                     *       "status": 400,
                     *       "code": "VALIDATION_FAILED",
                     *       "detail": "VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON",
                     *       "instance": "/api/v1/accountability/contracts/{id}",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid one (`WWW-Authenticate` says why) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:UNAUTHENTICATED",
                     *       "status": 401,
                     *       "code": "UNAUTHENTICATED",
                     *       "detail": "UNAUTHENTICATED",
                     *       "instance": "/api/v1/accountability/contracts/{id}",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN: the role may not call this route, or not on this resource (another agency, supplier, or not assigned) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:FORBIDDEN",
                     *       "status": 403,
                     *       "code": "FORBIDDEN",
                     *       "detail": "FORBIDDEN",
                     *       "instance": "/api/v1/accountability/contracts/{id}",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND or a domain <X>_NOT_FOUND: no such entity */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:NOT_FOUND",
                     *       "status": 404,
                     *       "code": "NOT_FOUND",
                     *       "detail": "NOT_FOUND or a domain <X>_NOT_FOUND",
                     *       "instance": "/api/v1/accountability/contracts/{id}",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL: a bug; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:INTERNAL",
                     *       "status": 500,
                     *       "code": "INTERNAL",
                     *       "detail": "INTERNAL",
                     *       "instance": "/api/v1/accountability/contracts/{id}",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description STORE_UNAVAILABLE / AUTH_UNAVAILABLE: retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:STORE_UNAVAILABLE",
                     *       "status": 503,
                     *       "code": "STORE_UNAVAILABLE",
                     *       "detail": "STORE_UNAVAILABLE / AUTH_UNAVAILABLE",
                     *       "instance": "/api/v1/accountability/contracts/{id}",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PROJECTION_TIMEOUT: the read model did not reach `minPosition` within `maxWaitMs`; retry after Retry-After */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:PROJECTION_TIMEOUT",
                     *       "status": 504,
                     *       "code": "PROJECTION_TIMEOUT",
                     *       "detail": "PROJECTION_TIMEOUT",
                     *       "instance": "/api/v1/accountability/contracts/{id}",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AccountabilityController_suppliers: {
        parameters: {
            query?: {
                /** @description `nextCursor` of the previous page (same filters) */
                cursor?: string;
                limit?: number;
                /** @description How long to wait for minPosition, in ms (default and ceiling: LEDGER_READ_WAIT_MS, 5000) */
                maxWaitMs?: number;
                /** @description Only suppliers with at least this many contracts signed */
                minContracts?: number;
                /** @description Global log position the answer must include: the `position` a command answered. The route waits until its read model has applied it, then answers; 504 PROJECTION_TIMEOUT if it does not in time */
                minPosition?: number;
                /** @description Sort column (descending); default: supplier id */
                sort?: "contractsWon" | "contractsSigned" | "milestonesLate" | "acceptanceRateBps" | "moneyReceivedMinor" | "debarments";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description { items, nextCursor } */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            acceptanceRateBps: number | null;
                            contractsActive: number;
                            contractsWon: number;
                            debarments: number;
                            meanScoreX100: number | null;
                            milestonesLate: number;
                            milestonesOnTime: number;
                            moneyReceivedMinor: number;
                            name: string;
                            /** Format: uuid */
                            supplierId: string;
                        }[];
                        nextCursor: unknown;
                    };
                };
            };
            /** @description VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:VALIDATION_FAILED",
                     *       "status": 400,
                     *       "code": "VALIDATION_FAILED",
                     *       "detail": "VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON",
                     *       "instance": "/api/v1/accountability/suppliers",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid one (`WWW-Authenticate` says why) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:UNAUTHENTICATED",
                     *       "status": 401,
                     *       "code": "UNAUTHENTICATED",
                     *       "detail": "UNAUTHENTICATED",
                     *       "instance": "/api/v1/accountability/suppliers",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN: the role may not call this route, or not on this resource (another agency, supplier, or not assigned) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:FORBIDDEN",
                     *       "status": 403,
                     *       "code": "FORBIDDEN",
                     *       "detail": "FORBIDDEN",
                     *       "instance": "/api/v1/accountability/suppliers",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL: a bug; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:INTERNAL",
                     *       "status": 500,
                     *       "code": "INTERNAL",
                     *       "detail": "INTERNAL",
                     *       "instance": "/api/v1/accountability/suppliers",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description STORE_UNAVAILABLE / AUTH_UNAVAILABLE: retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:STORE_UNAVAILABLE",
                     *       "status": 503,
                     *       "code": "STORE_UNAVAILABLE",
                     *       "detail": "STORE_UNAVAILABLE / AUTH_UNAVAILABLE",
                     *       "instance": "/api/v1/accountability/suppliers",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PROJECTION_TIMEOUT: the read model did not reach `minPosition` within `maxWaitMs`; retry after Retry-After */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:PROJECTION_TIMEOUT",
                     *       "status": 504,
                     *       "code": "PROJECTION_TIMEOUT",
                     *       "detail": "PROJECTION_TIMEOUT",
                     *       "instance": "/api/v1/accountability/suppliers",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AccountabilityController_supplier: {
        parameters: {
            query?: {
                /** @description How long to wait for minPosition, in ms (default and ceiling: LEDGER_READ_WAIT_MS, 5000) */
                maxWaitMs?: number;
                /** @description Global log position the answer must include: the `position` a command answered. The route waits until its read model has applied it, then answers; 504 PROJECTION_TIMEOUT if it does not in time */
                minPosition?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "supplierId": "01a24b0f-fd9d-70c7-b2ff-20f892348acc",
                     *       "name": "Care 8acc",
                     *       "contractsWon": 12,
                     *       "contractsSigned": 11,
                     *       "contractsActive": 11,
                     *       "contractsCompleted": 0,
                     *       "contractsTerminated": 0,
                     *       "contractsTerminatedForDefault": 0,
                     *       "milestonesOnTime": 3,
                     *       "milestonesLate": 0,
                     *       "evaluations": 2,
                     *       "evaluationsAccepted": 2,
                     *       "evaluationsRejected": 0,
                     *       "acceptanceRateBps": 10000,
                     *       "scoreTotal": 170,
                     *       "meanScoreX100": 8500,
                     *       "moneyReceivedMinor": 0,
                     *       "commendations": 0,
                     *       "criticisms": 0,
                     *       "debarments": 0,
                     *       "debarmentsLifted": 0,
                     *       "monitoringPlacements": 0,
                     *       "monitoringEndedEarly": 0,
                     *       "monitoredUntil": null,
                     *       "updatedAt": "2026-12-06T11:14:34.657Z",
                     *       "position": 164
                     *     }
                     */
                    "application/json": {
                        acceptanceRateBps: number | null;
                        commendations: number;
                        contractsActive: number;
                        contractsCompleted: number;
                        contractsSigned: number;
                        contractsTerminated: number;
                        contractsTerminatedForDefault: number;
                        contractsWon: number;
                        criticisms: number;
                        debarments: number;
                        debarmentsLifted: number;
                        evaluations: number;
                        evaluationsAccepted: number;
                        evaluationsRejected: number;
                        meanScoreX100: number | null;
                        milestonesLate: number;
                        milestonesOnTime: number;
                        moneyReceivedMinor: number;
                        monitoredUntil: unknown;
                        monitoringEndedEarly: number;
                        monitoringPlacements: number;
                        name: string;
                        position: number;
                        scoreTotal: number;
                        /** Format: uuid */
                        supplierId: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:VALIDATION_FAILED",
                     *       "status": 400,
                     *       "code": "VALIDATION_FAILED",
                     *       "detail": "VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON",
                     *       "instance": "/api/v1/accountability/suppliers/{id}",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid one (`WWW-Authenticate` says why) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:UNAUTHENTICATED",
                     *       "status": 401,
                     *       "code": "UNAUTHENTICATED",
                     *       "detail": "UNAUTHENTICATED",
                     *       "instance": "/api/v1/accountability/suppliers/{id}",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN: the role may not call this route, or not on this resource (another agency, supplier, or not assigned) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:FORBIDDEN",
                     *       "status": 403,
                     *       "code": "FORBIDDEN",
                     *       "detail": "FORBIDDEN",
                     *       "instance": "/api/v1/accountability/suppliers/{id}",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND or a domain <X>_NOT_FOUND: no such entity */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:NOT_FOUND",
                     *       "status": 404,
                     *       "code": "NOT_FOUND",
                     *       "detail": "NOT_FOUND or a domain <X>_NOT_FOUND",
                     *       "instance": "/api/v1/accountability/suppliers/{id}",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL: a bug; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:INTERNAL",
                     *       "status": 500,
                     *       "code": "INTERNAL",
                     *       "detail": "INTERNAL",
                     *       "instance": "/api/v1/accountability/suppliers/{id}",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description STORE_UNAVAILABLE / AUTH_UNAVAILABLE: retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:STORE_UNAVAILABLE",
                     *       "status": 503,
                     *       "code": "STORE_UNAVAILABLE",
                     *       "detail": "STORE_UNAVAILABLE / AUTH_UNAVAILABLE",
                     *       "instance": "/api/v1/accountability/suppliers/{id}",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PROJECTION_TIMEOUT: the read model did not reach `minPosition` within `maxWaitMs`; retry after Retry-After */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:PROJECTION_TIMEOUT",
                     *       "status": 504,
                     *       "code": "PROJECTION_TIMEOUT",
                     *       "detail": "PROJECTION_TIMEOUT",
                     *       "instance": "/api/v1/accountability/suppliers/{id}",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AuditController_state: {
        parameters: {
            query?: {
                /** @description Fold the events recorded at or before this instant (recordedAt) */
                asOf?: string;
                /** @description Fold the events at or before this global position */
                atPosition?: number;
                /** @description How long to wait for minPosition, in ms (default and ceiling: LEDGER_READ_WAIT_MS, 5000) */
                maxWaitMs?: number;
                /** @description Global log position the answer must include: the `position` a command answered. The route waits until its read model has applied it, then answers; 504 PROJECTION_TIMEOUT if it does not in time */
                minPosition?: number;
                /** @description full: fold every event of the stream from the first, without the snapshots of folded state that long streams are otherwise answered from (each verified against the chain hash of the event it ends at; docs/read-side.md) */
                verify?: "full";
            };
            header?: never;
            path: {
                id: string;
                kind: "tender" | "contract" | "supplier" | "budget-line";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The reconstruction */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        asOf: string | null;
                        atPosition: unknown;
                        /** Format: uuid */
                        id: string;
                        kind: string;
                        /** Format: date-time */
                        lastRecordedAt: string;
                        position: number;
                        revision: number;
                        state: Record<string, never>;
                        stream: string;
                        streamRevision: number;
                    };
                };
            };
            /** @description VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:VALIDATION_FAILED",
                     *       "status": 400,
                     *       "code": "VALIDATION_FAILED",
                     *       "detail": "VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON",
                     *       "instance": "/api/v1/audit/{kind}/{id}/state",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid one (`WWW-Authenticate` says why) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:UNAUTHENTICATED",
                     *       "status": 401,
                     *       "code": "UNAUTHENTICATED",
                     *       "detail": "UNAUTHENTICATED",
                     *       "instance": "/api/v1/audit/{kind}/{id}/state",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN: the role may not call this route, or not on this resource (another agency, supplier, or not assigned) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:FORBIDDEN",
                     *       "status": 403,
                     *       "code": "FORBIDDEN",
                     *       "detail": "FORBIDDEN",
                     *       "instance": "/api/v1/audit/{kind}/{id}/state",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND or a domain <X>_NOT_FOUND: no such entity */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:NOT_FOUND",
                     *       "status": 404,
                     *       "code": "NOT_FOUND",
                     *       "detail": "NOT_FOUND or a domain <X>_NOT_FOUND",
                     *       "instance": "/api/v1/audit/{kind}/{id}/state",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL: a bug; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:INTERNAL",
                     *       "status": 500,
                     *       "code": "INTERNAL",
                     *       "detail": "INTERNAL",
                     *       "instance": "/api/v1/audit/{kind}/{id}/state",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description STORE_UNAVAILABLE / AUTH_UNAVAILABLE: retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:STORE_UNAVAILABLE",
                     *       "status": 503,
                     *       "code": "STORE_UNAVAILABLE",
                     *       "detail": "STORE_UNAVAILABLE / AUTH_UNAVAILABLE",
                     *       "instance": "/api/v1/audit/{kind}/{id}/state",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PROJECTION_TIMEOUT: the read model did not reach `minPosition` within `maxWaitMs`; retry after Retry-After */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:PROJECTION_TIMEOUT",
                     *       "status": 504,
                     *       "code": "PROJECTION_TIMEOUT",
                     *       "detail": "PROJECTION_TIMEOUT",
                     *       "instance": "/api/v1/audit/{kind}/{id}/state",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AuditBundleController_bundle: {
        parameters: {
            query?: {
                /** @description first position of a range (with `to`) */
                from?: string;
                /** @description one procurement: the tender, its contracts and their refusal records */
                tenderId?: string;
                /** @description last position of a range (with `from`) */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The bundle (docs/audit-bundle.md), streamed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "format": "contract-ledger-audit-bundle/1",
                     *       "origin": "contract-ledger.local/log",
                     *       "scope": {
                     *         "kind": "range",
                     *         "from": 1,
                     *         "to": 1
                     *       },
                     *       "keys": [],
                     *       "checkpoint": "...",
                     *       "events": []
                     *     }
                     */
                    "application/json": {
                        checkpoint: string;
                        events: unknown[];
                        format: string;
                        keys: unknown[];
                        origin: string;
                        scope: {
                            from: number;
                            kind: string;
                            to: number;
                        };
                    };
                };
            };
            /** @description VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:VALIDATION_FAILED",
                     *       "status": 400,
                     *       "code": "VALIDATION_FAILED",
                     *       "detail": "VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON",
                     *       "instance": "/api/v1/audit/bundle",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid one (`WWW-Authenticate` says why) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:UNAUTHENTICATED",
                     *       "status": 401,
                     *       "code": "UNAUTHENTICATED",
                     *       "detail": "UNAUTHENTICATED",
                     *       "instance": "/api/v1/audit/bundle",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN: the role may not call this route, or not on this resource (another agency, supplier, or not assigned) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:FORBIDDEN",
                     *       "status": 403,
                     *       "code": "FORBIDDEN",
                     *       "detail": "FORBIDDEN",
                     *       "instance": "/api/v1/audit/bundle",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL: a bug; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:INTERNAL",
                     *       "status": 500,
                     *       "code": "INTERNAL",
                     *       "detail": "INTERNAL",
                     *       "instance": "/api/v1/audit/bundle",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description STORE_UNAVAILABLE / AUTH_UNAVAILABLE: retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:STORE_UNAVAILABLE",
                     *       "status": 503,
                     *       "code": "STORE_UNAVAILABLE",
                     *       "detail": "STORE_UNAVAILABLE / AUTH_UNAVAILABLE",
                     *       "instance": "/api/v1/audit/bundle",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AuditController_events: {
        parameters: {
            query?: {
                /** @description Actor id (token subject) of the events */
                actor?: string;
                /** @description `nextCursor` of the previous page (same filters) */
                cursor?: string;
                /** @description occurredAt from (inclusive) */
                from?: string;
                limit?: number;
                /** @description How long to wait for minPosition, in ms (default and ceiling: LEDGER_READ_WAIT_MS, 5000) */
                maxWaitMs?: number;
                /** @description Global log position the answer must include: the `position` a command answered. The route waits until its read model has applied it, then answers; 504 PROJECTION_TIMEOUT if it does not in time */
                minPosition?: number;
                /** @description occurredAt to (exclusive) */
                to?: string;
                /** @description Event type (docs/events.md) */
                type?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description { items, nextCursor } */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            actor: string;
                            correlationId: string;
                            data: Record<string, never>;
                            /** Format: uuid */
                            eventId: string;
                            /** Format: date-time */
                            occurredAt: string;
                            position: number;
                            /** Format: date-time */
                            recordedAt: string;
                            role: string;
                            scope: unknown;
                            stream: string;
                            type: string;
                        }[];
                        nextCursor: string;
                    };
                };
            };
            /** @description VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:VALIDATION_FAILED",
                     *       "status": 400,
                     *       "code": "VALIDATION_FAILED",
                     *       "detail": "VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON",
                     *       "instance": "/api/v1/audit/events",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid one (`WWW-Authenticate` says why) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:UNAUTHENTICATED",
                     *       "status": 401,
                     *       "code": "UNAUTHENTICATED",
                     *       "detail": "UNAUTHENTICATED",
                     *       "instance": "/api/v1/audit/events",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN: the role may not call this route, or not on this resource (another agency, supplier, or not assigned) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:FORBIDDEN",
                     *       "status": 403,
                     *       "code": "FORBIDDEN",
                     *       "detail": "FORBIDDEN",
                     *       "instance": "/api/v1/audit/events",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL: a bug; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:INTERNAL",
                     *       "status": 500,
                     *       "code": "INTERNAL",
                     *       "detail": "INTERNAL",
                     *       "instance": "/api/v1/audit/events",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description STORE_UNAVAILABLE / AUTH_UNAVAILABLE: retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:STORE_UNAVAILABLE",
                     *       "status": 503,
                     *       "code": "STORE_UNAVAILABLE",
                     *       "detail": "STORE_UNAVAILABLE / AUTH_UNAVAILABLE",
                     *       "instance": "/api/v1/audit/events",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PROJECTION_TIMEOUT: the read model did not reach `minPosition` within `maxWaitMs`; retry after Retry-After */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:PROJECTION_TIMEOUT",
                     *       "status": 504,
                     *       "code": "PROJECTION_TIMEOUT",
                     *       "detail": "PROJECTION_TIMEOUT",
                     *       "instance": "/api/v1/audit/events",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AuditController_tenderHistory: {
        parameters: {
            query?: {
                /** @description `nextCursor` of the previous page (same filters) */
                cursor?: string;
                limit?: number;
                /** @description How long to wait for minPosition, in ms (default and ceiling: LEDGER_READ_WAIT_MS, 5000) */
                maxWaitMs?: number;
                /** @description Global log position the answer must include: the `position` a command answered. The route waits until its read model has applied it, then answers; 504 PROJECTION_TIMEOUT if it does not in time */
                minPosition?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the history */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: date-time */
                            at: string;
                            data: Record<string, never>;
                            /** Format: uuid */
                            eventId: string;
                            position: number;
                            /** Format: date-time */
                            recordedAt: string;
                            stream: string;
                            type: string;
                            who: Record<string, never>;
                            why: Record<string, never> | null;
                        }[];
                        nextCursor: unknown;
                        /** Format: uuid */
                        tenderId: string;
                        view: string;
                    };
                };
            };
            /** @description VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:VALIDATION_FAILED",
                     *       "status": 400,
                     *       "code": "VALIDATION_FAILED",
                     *       "detail": "VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON",
                     *       "instance": "/api/v1/audit/tenders/{id}/history",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND or a domain <X>_NOT_FOUND: no such entity */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:NOT_FOUND",
                     *       "status": 404,
                     *       "code": "NOT_FOUND",
                     *       "detail": "NOT_FOUND or a domain <X>_NOT_FOUND",
                     *       "instance": "/api/v1/audit/tenders/{id}/history",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL: a bug; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:INTERNAL",
                     *       "status": 500,
                     *       "code": "INTERNAL",
                     *       "detail": "INTERNAL",
                     *       "instance": "/api/v1/audit/tenders/{id}/history",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description STORE_UNAVAILABLE / AUTH_UNAVAILABLE: retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:STORE_UNAVAILABLE",
                     *       "status": 503,
                     *       "code": "STORE_UNAVAILABLE",
                     *       "detail": "STORE_UNAVAILABLE / AUTH_UNAVAILABLE",
                     *       "instance": "/api/v1/audit/tenders/{id}/history",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PROJECTION_TIMEOUT: the read model did not reach `minPosition` within `maxWaitMs`; retry after Retry-After */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:PROJECTION_TIMEOUT",
                     *       "status": 504,
                     *       "code": "PROJECTION_TIMEOUT",
                     *       "detail": "PROJECTION_TIMEOUT",
                     *       "instance": "/api/v1/audit/tenders/{id}/history",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AuditController_verify: {
        parameters: {
            query?: {
                /** @description First position to verify (default 1) */
                from?: number;
                /** @description How long to wait for minPosition, in ms (default and ceiling: LEDGER_READ_WAIT_MS, 5000) */
                maxWaitMs?: number;
                /** @description Global log position the answer must include: the `position` a command answered. The route waits until its read model has applied it, then answers; 504 PROJECTION_TIMEOUT if it does not in time */
                minPosition?: number;
                /** @description Last position to verify (default: the head) */
                to?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description { ok: true, from, to, checked, headHash, tree: { checkpoints, coveredTo } } (tree absent on a store without a transparency log) or { ok: false, position, code, reason, checked }: code is a chain break (hash_mismatch, prev_hash_mismatch, position_gap, revision_gap) or a tree break (TREE_LEAF_MISMATCH, TREE_NODE_MISMATCH, TREE_TRUNCATED, CHECKPOINT_MISMATCH, CHECKPOINT_SIGNATURE) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        checked: number;
                        from: number;
                        headHash: string;
                        ok: boolean;
                        to: number;
                        tree: {
                            checkpoints: number;
                            coveredTo: number;
                        };
                    };
                };
            };
            /** @description VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:VALIDATION_FAILED",
                     *       "status": 400,
                     *       "code": "VALIDATION_FAILED",
                     *       "detail": "VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON",
                     *       "instance": "/api/v1/audit/verify",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid one (`WWW-Authenticate` says why) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:UNAUTHENTICATED",
                     *       "status": 401,
                     *       "code": "UNAUTHENTICATED",
                     *       "detail": "UNAUTHENTICATED",
                     *       "instance": "/api/v1/audit/verify",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN: the role may not call this route, or not on this resource (another agency, supplier, or not assigned) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:FORBIDDEN",
                     *       "status": 403,
                     *       "code": "FORBIDDEN",
                     *       "detail": "FORBIDDEN",
                     *       "instance": "/api/v1/audit/verify",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL: a bug; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:INTERNAL",
                     *       "status": 500,
                     *       "code": "INTERNAL",
                     *       "detail": "INTERNAL",
                     *       "instance": "/api/v1/audit/verify",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description STORE_UNAVAILABLE / AUTH_UNAVAILABLE: retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:STORE_UNAVAILABLE",
                     *       "status": 503,
                     *       "code": "STORE_UNAVAILABLE",
                     *       "detail": "STORE_UNAVAILABLE / AUTH_UNAVAILABLE",
                     *       "instance": "/api/v1/audit/verify",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PROJECTION_TIMEOUT: the read model did not reach `minPosition` within `maxWaitMs`; retry after Retry-After */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:PROJECTION_TIMEOUT",
                     *       "status": 504,
                     *       "code": "PROJECTION_TIMEOUT",
                     *       "detail": "PROJECTION_TIMEOUT",
                     *       "instance": "/api/v1/audit/verify",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    BlacklistController_list: {
        parameters: {
            query?: {
                /** @description `nextCursor` of the previous page (same filters) */
                cursor?: string;
                limit?: number;
                /** @description How long to wait for minPosition, in ms (default and ceiling: LEDGER_READ_WAIT_MS, 5000) */
                maxWaitMs?: number;
                /** @description Global log position the answer must include: the `position` a command answered. The route waits until its read model has applied it, then answers; 504 PROJECTION_TIMEOUT if it does not in time */
                minPosition?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description { at, items, nextCursor } */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        at: string;
                        items: {
                            authority: string;
                            /** Format: date-time */
                            from: string;
                            grounds: string;
                            indefinite: boolean;
                            /** Format: uuid */
                            supplierId: string;
                            supplierName: string;
                            /** Format: date-time */
                            until: string;
                        }[];
                        nextCursor: unknown;
                    };
                };
            };
            /** @description VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:VALIDATION_FAILED",
                     *       "status": 400,
                     *       "code": "VALIDATION_FAILED",
                     *       "detail": "VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON",
                     *       "instance": "/api/v1/blacklist",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL: a bug; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:INTERNAL",
                     *       "status": 500,
                     *       "code": "INTERNAL",
                     *       "detail": "INTERNAL",
                     *       "instance": "/api/v1/blacklist",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description STORE_UNAVAILABLE / AUTH_UNAVAILABLE: retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:STORE_UNAVAILABLE",
                     *       "status": 503,
                     *       "code": "STORE_UNAVAILABLE",
                     *       "detail": "STORE_UNAVAILABLE / AUTH_UNAVAILABLE",
                     *       "instance": "/api/v1/blacklist",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PROJECTION_TIMEOUT: the read model did not reach `minPosition` within `maxWaitMs`; retry after Retry-After */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:PROJECTION_TIMEOUT",
                     *       "status": 504,
                     *       "code": "PROJECTION_TIMEOUT",
                     *       "detail": "PROJECTION_TIMEOUT",
                     *       "instance": "/api/v1/blacklist",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    BlacklistController_at: {
        parameters: {
            query?: {
                /** @description The instant asked about (default: now) */
                instant?: string;
                /** @description Record time: answer as the register stood then, from the events the ledger recorded up to this instant (each event's recordedAt, not the decision times in it; default: as known now). A debarment corrected or annulled later still shows as it was known. */
                knownAt?: string;
                /** @description How long to wait for minPosition, in ms (default and ceiling: LEDGER_READ_WAIT_MS, 5000) */
                maxWaitMs?: number;
                /** @description Global log position the answer must include: the `position` a command answered. The route waits until its read model has applied it, then answers; 504 PROJECTION_TIMEOUT if it does not in time */
                minPosition?: number;
            };
            header?: never;
            path: {
                supplierId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The answer */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        debarment: {
                            authority: string;
                            /** Format: date-time */
                            from: string;
                            grounds: string;
                            indefinite: boolean;
                            /** Format: uuid */
                            supplierId: string;
                            supplierName: string;
                            /** Format: date-time */
                            until: string;
                        };
                        debarred: boolean;
                        /** Format: date-time */
                        instant: string;
                        /** Format: date-time */
                        knownAt: string;
                        /** Format: uuid */
                        supplierId: string;
                    };
                };
            };
            /** @description VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:VALIDATION_FAILED",
                     *       "status": 400,
                     *       "code": "VALIDATION_FAILED",
                     *       "detail": "VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON",
                     *       "instance": "/api/v1/blacklist/{supplierId}/at",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND or a domain <X>_NOT_FOUND: no such entity */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:NOT_FOUND",
                     *       "status": 404,
                     *       "code": "NOT_FOUND",
                     *       "detail": "NOT_FOUND or a domain <X>_NOT_FOUND",
                     *       "instance": "/api/v1/blacklist/{supplierId}/at",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL: a bug; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:INTERNAL",
                     *       "status": 500,
                     *       "code": "INTERNAL",
                     *       "detail": "INTERNAL",
                     *       "instance": "/api/v1/blacklist/{supplierId}/at",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description STORE_UNAVAILABLE / AUTH_UNAVAILABLE: retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:STORE_UNAVAILABLE",
                     *       "status": 503,
                     *       "code": "STORE_UNAVAILABLE",
                     *       "detail": "STORE_UNAVAILABLE / AUTH_UNAVAILABLE",
                     *       "instance": "/api/v1/blacklist/{supplierId}/at",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PROJECTION_TIMEOUT: the read model did not reach `minPosition` within `maxWaitMs`; retry after Retry-After */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:PROJECTION_TIMEOUT",
                     *       "status": 504,
                     *       "code": "PROJECTION_TIMEOUT",
                     *       "detail": "PROJECTION_TIMEOUT",
                     *       "instance": "/api/v1/blacklist/{supplierId}/at",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    BlacklistController_history: {
        parameters: {
            query?: {
                /** @description `nextCursor` of the previous page (same filters) */
                cursor?: string;
                limit?: number;
                /** @description How long to wait for minPosition, in ms (default and ceiling: LEDGER_READ_WAIT_MS, 5000) */
                maxWaitMs?: number;
                /** @description Global log position the answer must include: the `position` a command answered. The route waits until its read model has applied it, then answers; 504 PROJECTION_TIMEOUT if it does not in time */
                minPosition?: number;
                /** @description Only this supplier */
                supplierId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description { items, nextCursor } */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            authority: string;
                            /** Format: uuid */
                            debarmentId: string;
                            /** Format: date-time */
                            debarredAt: string;
                            defaultLengthApplied: boolean;
                            /** Format: date-time */
                            effectiveUntil: string;
                            /** Format: uuid */
                            eventId: string;
                            evidenceEventIds: string[];
                            /** Format: date-time */
                            from: string;
                            grounds: string;
                            indefinite: boolean;
                            /** Format: date-time */
                            liftedAt: string | null;
                            liftReason: string | null;
                            position: number;
                            proposalId: unknown;
                            /** Format: uuid */
                            supplierId: string;
                            supplierName: string;
                            /** Format: date-time */
                            until: string;
                        }[];
                        nextCursor: unknown;
                    };
                };
            };
            /** @description VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:VALIDATION_FAILED",
                     *       "status": 400,
                     *       "code": "VALIDATION_FAILED",
                     *       "detail": "VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON",
                     *       "instance": "/api/v1/blacklist/history",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid one (`WWW-Authenticate` says why) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:UNAUTHENTICATED",
                     *       "status": 401,
                     *       "code": "UNAUTHENTICATED",
                     *       "detail": "UNAUTHENTICATED",
                     *       "instance": "/api/v1/blacklist/history",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN: the role may not call this route, or not on this resource (another agency, supplier, or not assigned) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:FORBIDDEN",
                     *       "status": 403,
                     *       "code": "FORBIDDEN",
                     *       "detail": "FORBIDDEN",
                     *       "instance": "/api/v1/blacklist/history",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL: a bug; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:INTERNAL",
                     *       "status": 500,
                     *       "code": "INTERNAL",
                     *       "detail": "INTERNAL",
                     *       "instance": "/api/v1/blacklist/history",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description STORE_UNAVAILABLE / AUTH_UNAVAILABLE: retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:STORE_UNAVAILABLE",
                     *       "status": 503,
                     *       "code": "STORE_UNAVAILABLE",
                     *       "detail": "STORE_UNAVAILABLE / AUTH_UNAVAILABLE",
                     *       "instance": "/api/v1/blacklist/history",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PROJECTION_TIMEOUT: the read model did not reach `minPosition` within `maxWaitMs`; retry after Retry-After */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:PROJECTION_TIMEOUT",
                     *       "status": 504,
                     *       "code": "PROJECTION_TIMEOUT",
                     *       "detail": "PROJECTION_TIMEOUT",
                     *       "instance": "/api/v1/blacklist/history",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    BudgetExecutionController_list: {
        parameters: {
            query?: {
                /** @description Agency (a finance officer sees only its own; default: its own) */
                agencyId?: string;
                category?: string;
                /** @description `nextCursor` of the previous page (same filters) */
                cursor?: string;
                fiscalYear?: number;
                limit?: number;
                /** @description How long to wait for minPosition, in ms (default and ceiling: LEDGER_READ_WAIT_MS, 5000) */
                maxWaitMs?: number;
                /** @description Global log position the answer must include: the `position` a command answered. The route waits until its read model has applied it, then answers; 504 PROJECTION_TIMEOUT if it does not in time */
                minPosition?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description { items, nextCursor } */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            agencyId: string;
                            allocated: number;
                            available: number;
                            /** Format: uuid */
                            budgetLineId: string;
                            category: string;
                            commitmentReleased: number;
                            committed: number;
                            currency: string;
                            disbursed: number;
                            fiscalYear: number;
                            /** Format: date-time */
                            openedAt: string;
                            position: number;
                            reservationReleased: number;
                            reserved: number;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                        nextCursor: unknown;
                    };
                };
            };
            /** @description VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:VALIDATION_FAILED",
                     *       "status": 400,
                     *       "code": "VALIDATION_FAILED",
                     *       "detail": "VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON",
                     *       "instance": "/api/v1/budget-execution",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid one (`WWW-Authenticate` says why) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:UNAUTHENTICATED",
                     *       "status": 401,
                     *       "code": "UNAUTHENTICATED",
                     *       "detail": "UNAUTHENTICATED",
                     *       "instance": "/api/v1/budget-execution",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN: the role may not call this route, or not on this resource (another agency, supplier, or not assigned) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:FORBIDDEN",
                     *       "status": 403,
                     *       "code": "FORBIDDEN",
                     *       "detail": "FORBIDDEN",
                     *       "instance": "/api/v1/budget-execution",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL: a bug; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:INTERNAL",
                     *       "status": 500,
                     *       "code": "INTERNAL",
                     *       "detail": "INTERNAL",
                     *       "instance": "/api/v1/budget-execution",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description STORE_UNAVAILABLE / AUTH_UNAVAILABLE: retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:STORE_UNAVAILABLE",
                     *       "status": 503,
                     *       "code": "STORE_UNAVAILABLE",
                     *       "detail": "STORE_UNAVAILABLE / AUTH_UNAVAILABLE",
                     *       "instance": "/api/v1/budget-execution",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PROJECTION_TIMEOUT: the read model did not reach `minPosition` within `maxWaitMs`; retry after Retry-After */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:PROJECTION_TIMEOUT",
                     *       "status": 504,
                     *       "code": "PROJECTION_TIMEOUT",
                     *       "detail": "PROJECTION_TIMEOUT",
                     *       "instance": "/api/v1/budget-execution",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    BudgetLinesController_open: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body returns the first response */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpenBudgetLineDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:VALIDATION_FAILED",
                     *       "status": 400,
                     *       "code": "VALIDATION_FAILED",
                     *       "detail": "VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON",
                     *       "instance": "/api/v1/budget-lines",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid one (`WWW-Authenticate` says why) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:UNAUTHENTICATED",
                     *       "status": 401,
                     *       "code": "UNAUTHENTICATED",
                     *       "detail": "UNAUTHENTICATED",
                     *       "instance": "/api/v1/budget-lines",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN: the role may not call this route, or not on this resource (another agency, supplier, or not assigned) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:FORBIDDEN",
                     *       "status": 403,
                     *       "code": "FORBIDDEN",
                     *       "detail": "FORBIDDEN",
                     *       "instance": "/api/v1/budget-lines",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A rule refused the command (its domain code, e.g. TENDER_CLOSED), or WRONG_EXPECTED_REVISION / IDEMPOTENCY_KEY_IN_PROGRESS; nothing was written */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:TENDER_CLOSED",
                     *       "status": 409,
                     *       "code": "TENDER_CLOSED",
                     *       "detail": "A rule refused the command (its domain code, e.g. TENDER_CLOSED), or WRONG_EXPECTED_REVISION / IDEMPOTENCY_KEY_IN_PROGRESS; nothing was written",
                     *       "instance": "/api/v1/budget-lines",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PRECONDITION_FAILED: the If-Match revision is stale (`currentRevision` gives the current one) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:PRECONDITION_FAILED",
                     *       "status": 412,
                     *       "code": "PRECONDITION_FAILED",
                     *       "detail": "PRECONDITION_FAILED",
                     *       "instance": "/api/v1/budget-lines",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: body over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:PAYLOAD_TOO_LARGE",
                     *       "status": 413,
                     *       "code": "PAYLOAD_TOO_LARGE",
                     *       "detail": "PAYLOAD_TOO_LARGE",
                     *       "instance": "/api/v1/budget-lines",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is not application/json, or has a Content-Encoding other than identity */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:UNSUPPORTED_MEDIA_TYPE",
                     *       "status": 415,
                     *       "code": "UNSUPPORTED_MEDIA_TYPE",
                     *       "detail": "UNSUPPORTED_MEDIA_TYPE",
                     *       "instance": "/api/v1/budget-lines",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: the Idempotency-Key was used with another body or route */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:IDEMPOTENCY_KEY_REUSED",
                     *       "status": 422,
                     *       "code": "IDEMPOTENCY_KEY_REUSED",
                     *       "detail": "IDEMPOTENCY_KEY_REUSED",
                     *       "instance": "/api/v1/budget-lines",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL: a bug; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:INTERNAL",
                     *       "status": 500,
                     *       "code": "INTERNAL",
                     *       "detail": "INTERNAL",
                     *       "instance": "/api/v1/budget-lines",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description STORE_UNAVAILABLE / AUTH_UNAVAILABLE: retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:STORE_UNAVAILABLE",
                     *       "status": 503,
                     *       "code": "STORE_UNAVAILABLE",
                     *       "detail": "STORE_UNAVAILABLE / AUTH_UNAVAILABLE",
                     *       "instance": "/api/v1/budget-lines",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    BudgetLinesController_read: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The line; ETag is its stream revision */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "budgetLineId": "01a24b0f-ff9b-71d4-8e19-7fa9ce0cb900",
                     *       "agencyId": "01a24b0f-fd9d-70c5-b98a-7db71eea4266",
                     *       "fiscalYear": 2026,
                     *       "category": "elderly_care",
                     *       "openedAt": "2026-03-02T09:00:00.000Z",
                     *       "allocated": {
                     *         "amountMinor": 1000000000000,
                     *         "currency": "CNY"
                     *       },
                     *       "reserved": {
                     *         "amountMinor": 1300000000,
                     *         "currency": "CNY"
                     *       },
                     *       "committed": {
                     *         "amountMinor": 1100000000,
                     *         "currency": "CNY"
                     *       },
                     *       "disbursed": {
                     *         "amountMinor": 0,
                     *         "currency": "CNY"
                     *       },
                     *       "available": {
                     *         "amountMinor": 997600000000,
                     *         "currency": "CNY"
                     *       },
                     *       "reservations": [
                     *         {
                     *           "tenderId": "01a24b0f-fff1-70e5-b1e5-a847491967f8",
                     *           "amount": {
                     *             "amountMinor": 100000000,
                     *             "currency": "CNY"
                     *           },
                     *           "status": "active"
                     *         }
                     *       ],
                     *       "commitments": [
                     *         {
                     *           "contractId": "01a24b10-100e-70b9-9212-22dba24b7b41",
                     *           "committed": {
                     *             "amountMinor": 100000000,
                     *             "currency": "CNY"
                     *           },
                     *           "disbursed": {
                     *             "amountMinor": 0,
                     *             "currency": "CNY"
                     *           },
                     *           "closed": false
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        /** Format: uuid */
                        agencyId: string;
                        allocated: {
                            amountMinor: number;
                            currency: string;
                        };
                        available: {
                            amountMinor: number;
                            currency: string;
                        };
                        /** Format: uuid */
                        budgetLineId: string;
                        category: string;
                        commitments: {
                            closed: boolean;
                            committed: {
                                amountMinor: number;
                                currency: string;
                            };
                            /** Format: uuid */
                            contractId: string;
                            disbursed: {
                                amountMinor: number;
                                currency: string;
                            };
                        }[];
                        committed: {
                            amountMinor: number;
                            currency: string;
                        };
                        disbursed: {
                            amountMinor: number;
                            currency: string;
                        };
                        fiscalYear: number;
                        /** Format: date-time */
                        openedAt: string;
                        reservations: {
                            amount: {
                                amountMinor: number;
                                currency: string;
                            };
                            status: string;
                            /** Format: uuid */
                            tenderId: string;
                        }[];
                        reserved: {
                            amountMinor: number;
                            currency: string;
                        };
                    };
                };
            };
            /** @description VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:VALIDATION_FAILED",
                     *       "status": 400,
                     *       "code": "VALIDATION_FAILED",
                     *       "detail": "VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON",
                     *       "instance": "/api/v1/budget-lines/{id}",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid one (`WWW-Authenticate` says why) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:UNAUTHENTICATED",
                     *       "status": 401,
                     *       "code": "UNAUTHENTICATED",
                     *       "detail": "UNAUTHENTICATED",
                     *       "instance": "/api/v1/budget-lines/{id}",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN: the role may not call this route, or not on this resource (another agency, supplier, or not assigned) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:FORBIDDEN",
                     *       "status": 403,
                     *       "code": "FORBIDDEN",
                     *       "detail": "FORBIDDEN",
                     *       "instance": "/api/v1/budget-lines/{id}",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND or a domain <X>_NOT_FOUND: no such entity */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:NOT_FOUND",
                     *       "status": 404,
                     *       "code": "NOT_FOUND",
                     *       "detail": "NOT_FOUND or a domain <X>_NOT_FOUND",
                     *       "instance": "/api/v1/budget-lines/{id}",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL: a bug; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:INTERNAL",
                     *       "status": 500,
                     *       "code": "INTERNAL",
                     *       "detail": "INTERNAL",
                     *       "instance": "/api/v1/budget-lines/{id}",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description STORE_UNAVAILABLE / AUTH_UNAVAILABLE: retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:STORE_UNAVAILABLE",
                     *       "status": 503,
                     *       "code": "STORE_UNAVAILABLE",
                     *       "detail": "STORE_UNAVAILABLE / AUTH_UNAVAILABLE",
                     *       "instance": "/api/v1/budget-lines/{id}",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    BudgetLinesController_adjust: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body returns the first response */
                "Idempotency-Key"?: string;
                /** @description The ETag last read (e.g. "7"); a stale one is 412 */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AdjustBudgetLineDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:VALIDATION_FAILED",
                     *       "status": 400,
                     *       "code": "VALIDATION_FAILED",
                     *       "detail": "VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON",
                     *       "instance": "/api/v1/budget-lines/{id}/adjustments",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid one (`WWW-Authenticate` says why) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:UNAUTHENTICATED",
                     *       "status": 401,
                     *       "code": "UNAUTHENTICATED",
                     *       "detail": "UNAUTHENTICATED",
                     *       "instance": "/api/v1/budget-lines/{id}/adjustments",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN: the role may not call this route, or not on this resource (another agency, supplier, or not assigned) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:FORBIDDEN",
                     *       "status": 403,
                     *       "code": "FORBIDDEN",
                     *       "detail": "FORBIDDEN",
                     *       "instance": "/api/v1/budget-lines/{id}/adjustments",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND or a domain <X>_NOT_FOUND: no such entity */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:NOT_FOUND",
                     *       "status": 404,
                     *       "code": "NOT_FOUND",
                     *       "detail": "NOT_FOUND or a domain <X>_NOT_FOUND",
                     *       "instance": "/api/v1/budget-lines/{id}/adjustments",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A rule refused the command (its domain code, e.g. TENDER_CLOSED), or WRONG_EXPECTED_REVISION / IDEMPOTENCY_KEY_IN_PROGRESS; nothing was written */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:TENDER_CLOSED",
                     *       "status": 409,
                     *       "code": "TENDER_CLOSED",
                     *       "detail": "A rule refused the command (its domain code, e.g. TENDER_CLOSED), or WRONG_EXPECTED_REVISION / IDEMPOTENCY_KEY_IN_PROGRESS; nothing was written",
                     *       "instance": "/api/v1/budget-lines/{id}/adjustments",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PRECONDITION_FAILED: the If-Match revision is stale (`currentRevision` gives the current one) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:PRECONDITION_FAILED",
                     *       "status": 412,
                     *       "code": "PRECONDITION_FAILED",
                     *       "detail": "PRECONDITION_FAILED",
                     *       "instance": "/api/v1/budget-lines/{id}/adjustments",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: body over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:PAYLOAD_TOO_LARGE",
                     *       "status": 413,
                     *       "code": "PAYLOAD_TOO_LARGE",
                     *       "detail": "PAYLOAD_TOO_LARGE",
                     *       "instance": "/api/v1/budget-lines/{id}/adjustments",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is not application/json, or has a Content-Encoding other than identity */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:UNSUPPORTED_MEDIA_TYPE",
                     *       "status": 415,
                     *       "code": "UNSUPPORTED_MEDIA_TYPE",
                     *       "detail": "UNSUPPORTED_MEDIA_TYPE",
                     *       "instance": "/api/v1/budget-lines/{id}/adjustments",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: the Idempotency-Key was used with another body or route */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:IDEMPOTENCY_KEY_REUSED",
                     *       "status": 422,
                     *       "code": "IDEMPOTENCY_KEY_REUSED",
                     *       "detail": "IDEMPOTENCY_KEY_REUSED",
                     *       "instance": "/api/v1/budget-lines/{id}/adjustments",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL: a bug; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:INTERNAL",
                     *       "status": 500,
                     *       "code": "INTERNAL",
                     *       "detail": "INTERNAL",
                     *       "instance": "/api/v1/budget-lines/{id}/adjustments",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description STORE_UNAVAILABLE / AUTH_UNAVAILABLE: retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:STORE_UNAVAILABLE",
                     *       "status": 503,
                     *       "code": "STORE_UNAVAILABLE",
                     *       "detail": "STORE_UNAVAILABLE / AUTH_UNAVAILABLE",
                     *       "instance": "/api/v1/budget-lines/{id}/adjustments",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    BudgetExecutionController_one: {
        parameters: {
            query?: {
                /** @description How long to wait for minPosition, in ms (default and ceiling: LEDGER_READ_WAIT_MS, 5000) */
                maxWaitMs?: number;
                /** @description Global log position the answer must include: the `position` a command answered. The route waits until its read model has applied it, then answers; 504 PROJECTION_TIMEOUT if it does not in time */
                minPosition?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The line */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        agencyId: string;
                        allocated: number;
                        available: number;
                        /** Format: uuid */
                        budgetLineId: string;
                        category: string;
                        commitmentReleased: number;
                        committed: number;
                        currency: string;
                        disbursed: number;
                        fiscalYear: number;
                        /** Format: date-time */
                        openedAt: string;
                        position: number;
                        reservationReleased: number;
                        reserved: number;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:VALIDATION_FAILED",
                     *       "status": 400,
                     *       "code": "VALIDATION_FAILED",
                     *       "detail": "VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON",
                     *       "instance": "/api/v1/budget-lines/{id}/execution",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid one (`WWW-Authenticate` says why) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:UNAUTHENTICATED",
                     *       "status": 401,
                     *       "code": "UNAUTHENTICATED",
                     *       "detail": "UNAUTHENTICATED",
                     *       "instance": "/api/v1/budget-lines/{id}/execution",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN: the role may not call this route, or not on this resource (another agency, supplier, or not assigned) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:FORBIDDEN",
                     *       "status": 403,
                     *       "code": "FORBIDDEN",
                     *       "detail": "FORBIDDEN",
                     *       "instance": "/api/v1/budget-lines/{id}/execution",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND or a domain <X>_NOT_FOUND: no such entity */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:NOT_FOUND",
                     *       "status": 404,
                     *       "code": "NOT_FOUND",
                     *       "detail": "NOT_FOUND or a domain <X>_NOT_FOUND",
                     *       "instance": "/api/v1/budget-lines/{id}/execution",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL: a bug; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:INTERNAL",
                     *       "status": 500,
                     *       "code": "INTERNAL",
                     *       "detail": "INTERNAL",
                     *       "instance": "/api/v1/budget-lines/{id}/execution",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description STORE_UNAVAILABLE / AUTH_UNAVAILABLE: retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:STORE_UNAVAILABLE",
                     *       "status": 503,
                     *       "code": "STORE_UNAVAILABLE",
                     *       "detail": "STORE_UNAVAILABLE / AUTH_UNAVAILABLE",
                     *       "instance": "/api/v1/budget-lines/{id}/execution",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PROJECTION_TIMEOUT: the read model did not reach `minPosition` within `maxWaitMs`; retry after Retry-After */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:PROJECTION_TIMEOUT",
                     *       "status": 504,
                     *       "code": "PROJECTION_TIMEOUT",
                     *       "detail": "PROJECTION_TIMEOUT",
                     *       "instance": "/api/v1/budget-lines/{id}/execution",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ContractsController_sign: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body returns the first response */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignContractDto"];
            };
        };
        responses: {
            /** @description Signed; ETag is the contract revision */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:VALIDATION_FAILED",
                     *       "status": 400,
                     *       "code": "VALIDATION_FAILED",
                     *       "detail": "VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON",
                     *       "instance": "/api/v1/contracts",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid one (`WWW-Authenticate` says why) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:UNAUTHENTICATED",
                     *       "status": 401,
                     *       "code": "UNAUTHENTICATED",
                     *       "detail": "UNAUTHENTICATED",
                     *       "instance": "/api/v1/contracts",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN: the role may not call this route, or not on this resource (another agency, supplier, or not assigned) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:FORBIDDEN",
                     *       "status": 403,
                     *       "code": "FORBIDDEN",
                     *       "detail": "FORBIDDEN",
                     *       "instance": "/api/v1/contracts",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A rule refused the command (its domain code, e.g. TENDER_CLOSED), or WRONG_EXPECTED_REVISION / IDEMPOTENCY_KEY_IN_PROGRESS; nothing was written */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:TENDER_CLOSED",
                     *       "status": 409,
                     *       "code": "TENDER_CLOSED",
                     *       "detail": "A rule refused the command (its domain code, e.g. TENDER_CLOSED), or WRONG_EXPECTED_REVISION / IDEMPOTENCY_KEY_IN_PROGRESS; nothing was written",
                     *       "instance": "/api/v1/contracts",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PRECONDITION_FAILED: the If-Match revision is stale (`currentRevision` gives the current one) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:PRECONDITION_FAILED",
                     *       "status": 412,
                     *       "code": "PRECONDITION_FAILED",
                     *       "detail": "PRECONDITION_FAILED",
                     *       "instance": "/api/v1/contracts",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: body over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:PAYLOAD_TOO_LARGE",
                     *       "status": 413,
                     *       "code": "PAYLOAD_TOO_LARGE",
                     *       "detail": "PAYLOAD_TOO_LARGE",
                     *       "instance": "/api/v1/contracts",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is not application/json, or has a Content-Encoding other than identity */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:UNSUPPORTED_MEDIA_TYPE",
                     *       "status": 415,
                     *       "code": "UNSUPPORTED_MEDIA_TYPE",
                     *       "detail": "UNSUPPORTED_MEDIA_TYPE",
                     *       "instance": "/api/v1/contracts",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: the Idempotency-Key was used with another body or route */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:IDEMPOTENCY_KEY_REUSED",
                     *       "status": 422,
                     *       "code": "IDEMPOTENCY_KEY_REUSED",
                     *       "detail": "IDEMPOTENCY_KEY_REUSED",
                     *       "instance": "/api/v1/contracts",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL: a bug; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:INTERNAL",
                     *       "status": 500,
                     *       "code": "INTERNAL",
                     *       "detail": "INTERNAL",
                     *       "instance": "/api/v1/contracts",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description STORE_UNAVAILABLE / AUTH_UNAVAILABLE: retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:STORE_UNAVAILABLE",
                     *       "status": 503,
                     *       "code": "STORE_UNAVAILABLE",
                     *       "detail": "STORE_UNAVAILABLE / AUTH_UNAVAILABLE",
                     *       "instance": "/api/v1/contracts",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ContractsController_read: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                contractId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The contract view */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "contractId": "01a24b10-100e-70b9-9212-22dba24b7b41",
                     *       "tenderId": "01a24b10-0105-74a9-b3d5-9e8a12b7d5e7",
                     *       "agencyId": "01a24b0f-fd9d-70c5-b98a-7db71eea4266",
                     *       "supplierId": "01a24b0f-fd9d-70c7-b2ff-20f892348acc",
                     *       "budgetLineId": "01a24b0f-ff9b-71d4-8e19-7fa9ce0cb900",
                     *       "status": "active",
                     *       "signedBy": "01a24b0f-fd9d-70cb-9f35-2d38ad1f3a2b",
                     *       "signedAt": "2026-03-04T09:00:00.000Z",
                     *       "awardedAmount": {
                     *         "amountMinor": 100000000,
                     *         "currency": "CNY"
                     *       },
                     *       "signedValue": {
                     *         "amountMinor": 100000000,
                     *         "currency": "CNY"
                     *       },
                     *       "value": {
                     *         "amountMinor": 100000000,
                     *         "currency": "CNY"
                     *       },
                     *       "advanceCapPercent": 20,
                     *       "acceptedTotal": {
                     *         "amountMinor": 0,
                     *         "currency": "CNY"
                     *       },
                     *       "paidTotal": {
                     *         "amountMinor": 0,
                     *         "currency": "CNY"
                     *       },
                     *       "cashPaid": {
                     *         "amountMinor": 0,
                     *         "currency": "CNY"
                     *       },
                     *       "advancesPaid": {
                     *         "amountMinor": 0,
                     *         "currency": "CNY"
                     *       },
                     *       "advanceOutstanding": {
                     *         "amountMinor": 0,
                     *         "currency": "CNY"
                     *       },
                     *       "evaluatorIds": [
                     *         "01a24b0f-fd9d-70c9-82aa-c1049b7064b7"
                     *       ],
                     *       "approvals": [],
                     *       "amendmentIds": [],
                     *       "terminationReason": null,
                     *       "milestones": [
                     *         {
                     *           "amount": {
                     *             "amountMinor": 40000000,
                     *             "currency": "CNY"
                     *           },
                     *           "deliverables": [
                     *             "Visit log"
                     *           ],
                     *           "dueAt": "2026-05-03T09:00:00.000Z",
                     *           "indicators": [
                     *             {
                     *               "description": "Home visits made",
                     *               "indicatorId": "visits",
                     *               "target": ">= 400"
                     *             }
                     *           ],
                     *           "milestoneId": "01a24b10-1002-7155-abb7-ae8c9a8158da",
                     *           "title": "Home visits",
                     *           "delivery": null,
                     *           "evaluation": null,
                     *           "accepted": {
                     *             "amountMinor": 0,
                     *             "currency": "CNY"
                     *           },
                     *           "paid": {
                     *             "amountMinor": 0,
                     *             "currency": "CNY"
                     *           },
                     *           "payable": {
                     *             "amountMinor": 0,
                     *             "currency": "CNY"
                     *           }
                     *         }
                     *       ],
                     *       "revision": 2,
                     *       "position": 128
                     *     }
                     */
                    "application/json": {
                        acceptedTotal: {
                            amountMinor: number;
                            currency: string;
                        };
                        advanceCapPercent: number;
                        advanceOutstanding: {
                            amountMinor: number;
                            currency: string;
                        };
                        advancesPaid: {
                            amountMinor: number;
                            currency: string;
                        };
                        /** Format: uuid */
                        agencyId: string;
                        amendmentIds: unknown[];
                        approvals: unknown[];
                        awardedAmount: {
                            amountMinor: number;
                            currency: string;
                        };
                        /** Format: uuid */
                        budgetLineId: string;
                        cashPaid: {
                            amountMinor: number;
                            currency: string;
                        };
                        /** Format: uuid */
                        contractId: string;
                        evaluatorIds: string[];
                        milestones: {
                            accepted: {
                                amountMinor: number;
                                currency: string;
                            };
                            amount: {
                                amountMinor: number;
                                currency: string;
                            };
                            deliverables: string[];
                            delivery: unknown;
                            /** Format: date-time */
                            dueAt: string;
                            evaluation: unknown;
                            indicators: {
                                description: string;
                                indicatorId: string;
                                target: string;
                            }[];
                            /** Format: uuid */
                            milestoneId: string;
                            paid: {
                                amountMinor: number;
                                currency: string;
                            };
                            payable: {
                                amountMinor: number;
                                currency: string;
                            };
                            title: string;
                        }[];
                        paidTotal: {
                            amountMinor: number;
                            currency: string;
                        };
                        position: number;
                        revision: number;
                        /** Format: date-time */
                        signedAt: string;
                        /** Format: uuid */
                        signedBy: string;
                        signedValue: {
                            amountMinor: number;
                            currency: string;
                        };
                        status: string;
                        /** Format: uuid */
                        supplierId: string;
                        /** Format: uuid */
                        tenderId: string;
                        terminationReason: unknown;
                        value: {
                            amountMinor: number;
                            currency: string;
                        };
                    };
                };
            };
            /** @description VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:VALIDATION_FAILED",
                     *       "status": 400,
                     *       "code": "VALIDATION_FAILED",
                     *       "detail": "VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON",
                     *       "instance": "/api/v1/contracts/{contractId}",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid one (`WWW-Authenticate` says why) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:UNAUTHENTICATED",
                     *       "status": 401,
                     *       "code": "UNAUTHENTICATED",
                     *       "detail": "UNAUTHENTICATED",
                     *       "instance": "/api/v1/contracts/{contractId}",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN: the role may not call this route, or not on this resource (another agency, supplier, or not assigned) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:FORBIDDEN",
                     *       "status": 403,
                     *       "code": "FORBIDDEN",
                     *       "detail": "FORBIDDEN",
                     *       "instance": "/api/v1/contracts/{contractId}",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND or a domain <X>_NOT_FOUND: no such entity */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:NOT_FOUND",
                     *       "status": 404,
                     *       "code": "NOT_FOUND",
                     *       "detail": "NOT_FOUND or a domain <X>_NOT_FOUND",
                     *       "instance": "/api/v1/contracts/{contractId}",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL: a bug; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:INTERNAL",
                     *       "status": 500,
                     *       "code": "INTERNAL",
                     *       "detail": "INTERNAL",
                     *       "instance": "/api/v1/contracts/{contractId}",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description STORE_UNAVAILABLE / AUTH_UNAVAILABLE: retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:STORE_UNAVAILABLE",
                     *       "status": 503,
                     *       "code": "STORE_UNAVAILABLE",
                     *       "detail": "STORE_UNAVAILABLE / AUTH_UNAVAILABLE",
                     *       "instance": "/api/v1/contracts/{contractId}",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ContractsController_approveAmendment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body returns the first response */
                "Idempotency-Key"?: string;
                /** @description The ETag last read (e.g. "7"); a stale one is 412 */
                "If-Match"?: string;
            };
            path: {
                contractId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApproveAmendmentDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovalResponseDto"];
                };
            };
            /** @description VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:VALIDATION_FAILED",
                     *       "status": 400,
                     *       "code": "VALIDATION_FAILED",
                     *       "detail": "VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON",
                     *       "instance": "/api/v1/contracts/{contractId}/amendment-approvals",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid one (`WWW-Authenticate` says why) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:UNAUTHENTICATED",
                     *       "status": 401,
                     *       "code": "UNAUTHENTICATED",
                     *       "detail": "UNAUTHENTICATED",
                     *       "instance": "/api/v1/contracts/{contractId}/amendment-approvals",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN: the role may not call this route, or not on this resource (another agency, supplier, or not assigned) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:FORBIDDEN",
                     *       "status": 403,
                     *       "code": "FORBIDDEN",
                     *       "detail": "FORBIDDEN",
                     *       "instance": "/api/v1/contracts/{contractId}/amendment-approvals",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND or a domain <X>_NOT_FOUND: no such entity */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:NOT_FOUND",
                     *       "status": 404,
                     *       "code": "NOT_FOUND",
                     *       "detail": "NOT_FOUND or a domain <X>_NOT_FOUND",
                     *       "instance": "/api/v1/contracts/{contractId}/amendment-approvals",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A rule refused the command (its domain code, e.g. TENDER_CLOSED), or WRONG_EXPECTED_REVISION / IDEMPOTENCY_KEY_IN_PROGRESS; nothing was written */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:TENDER_CLOSED",
                     *       "status": 409,
                     *       "code": "TENDER_CLOSED",
                     *       "detail": "A rule refused the command (its domain code, e.g. TENDER_CLOSED), or WRONG_EXPECTED_REVISION / IDEMPOTENCY_KEY_IN_PROGRESS; nothing was written",
                     *       "instance": "/api/v1/contracts/{contractId}/amendment-approvals",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PRECONDITION_FAILED: the If-Match revision is stale (`currentRevision` gives the current one) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:PRECONDITION_FAILED",
                     *       "status": 412,
                     *       "code": "PRECONDITION_FAILED",
                     *       "detail": "PRECONDITION_FAILED",
                     *       "instance": "/api/v1/contracts/{contractId}/amendment-approvals",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: body over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:PAYLOAD_TOO_LARGE",
                     *       "status": 413,
                     *       "code": "PAYLOAD_TOO_LARGE",
                     *       "detail": "PAYLOAD_TOO_LARGE",
                     *       "instance": "/api/v1/contracts/{contractId}/amendment-approvals",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is not application/json, or has a Content-Encoding other than identity */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:UNSUPPORTED_MEDIA_TYPE",
                     *       "status": 415,
                     *       "code": "UNSUPPORTED_MEDIA_TYPE",
                     *       "detail": "UNSUPPORTED_MEDIA_TYPE",
                     *       "instance": "/api/v1/contracts/{contractId}/amendment-approvals",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: the Idempotency-Key was used with another body or route */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:IDEMPOTENCY_KEY_REUSED",
                     *       "status": 422,
                     *       "code": "IDEMPOTENCY_KEY_REUSED",
                     *       "detail": "IDEMPOTENCY_KEY_REUSED",
                     *       "instance": "/api/v1/contracts/{contractId}/amendment-approvals",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL: a bug; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:INTERNAL",
                     *       "status": 500,
                     *       "code": "INTERNAL",
                     *       "detail": "INTERNAL",
                     *       "instance": "/api/v1/contracts/{contractId}/amendment-approvals",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description STORE_UNAVAILABLE / AUTH_UNAVAILABLE: retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:STORE_UNAVAILABLE",
                     *       "status": 503,
                     *       "code": "STORE_UNAVAILABLE",
                     *       "detail": "STORE_UNAVAILABLE / AUTH_UNAVAILABLE",
                     *       "instance": "/api/v1/contracts/{contractId}/amendment-approvals",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ContractsController_amend: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body returns the first response */
                "Idempotency-Key"?: string;
                /** @description The ETag last read (e.g. "7"); a stale one is 412 */
                "If-Match"?: string;
            };
            path: {
                contractId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AmendContractDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AmendmentResponseDto"];
                };
            };
            /** @description VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:VALIDATION_FAILED",
                     *       "status": 400,
                     *       "code": "VALIDATION_FAILED",
                     *       "detail": "VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON",
                     *       "instance": "/api/v1/contracts/{contractId}/amendments",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid one (`WWW-Authenticate` says why) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:UNAUTHENTICATED",
                     *       "status": 401,
                     *       "code": "UNAUTHENTICATED",
                     *       "detail": "UNAUTHENTICATED",
                     *       "instance": "/api/v1/contracts/{contractId}/amendments",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN: the role may not call this route, or not on this resource (another agency, supplier, or not assigned) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:FORBIDDEN",
                     *       "status": 403,
                     *       "code": "FORBIDDEN",
                     *       "detail": "FORBIDDEN",
                     *       "instance": "/api/v1/contracts/{contractId}/amendments",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND or a domain <X>_NOT_FOUND: no such entity */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:NOT_FOUND",
                     *       "status": 404,
                     *       "code": "NOT_FOUND",
                     *       "detail": "NOT_FOUND or a domain <X>_NOT_FOUND",
                     *       "instance": "/api/v1/contracts/{contractId}/amendments",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A rule refused the command (its domain code, e.g. TENDER_CLOSED), or WRONG_EXPECTED_REVISION / IDEMPOTENCY_KEY_IN_PROGRESS; nothing was written */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:TENDER_CLOSED",
                     *       "status": 409,
                     *       "code": "TENDER_CLOSED",
                     *       "detail": "A rule refused the command (its domain code, e.g. TENDER_CLOSED), or WRONG_EXPECTED_REVISION / IDEMPOTENCY_KEY_IN_PROGRESS; nothing was written",
                     *       "instance": "/api/v1/contracts/{contractId}/amendments",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PRECONDITION_FAILED: the If-Match revision is stale (`currentRevision` gives the current one) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:PRECONDITION_FAILED",
                     *       "status": 412,
                     *       "code": "PRECONDITION_FAILED",
                     *       "detail": "PRECONDITION_FAILED",
                     *       "instance": "/api/v1/contracts/{contractId}/amendments",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: body over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:PAYLOAD_TOO_LARGE",
                     *       "status": 413,
                     *       "code": "PAYLOAD_TOO_LARGE",
                     *       "detail": "PAYLOAD_TOO_LARGE",
                     *       "instance": "/api/v1/contracts/{contractId}/amendments",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is not application/json, or has a Content-Encoding other than identity */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:UNSUPPORTED_MEDIA_TYPE",
                     *       "status": 415,
                     *       "code": "UNSUPPORTED_MEDIA_TYPE",
                     *       "detail": "UNSUPPORTED_MEDIA_TYPE",
                     *       "instance": "/api/v1/contracts/{contractId}/amendments",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: the Idempotency-Key was used with another body or route */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:IDEMPOTENCY_KEY_REUSED",
                     *       "status": 422,
                     *       "code": "IDEMPOTENCY_KEY_REUSED",
                     *       "detail": "IDEMPOTENCY_KEY_REUSED",
                     *       "instance": "/api/v1/contracts/{contractId}/amendments",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL: a bug; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:INTERNAL",
                     *       "status": 500,
                     *       "code": "INTERNAL",
                     *       "detail": "INTERNAL",
                     *       "instance": "/api/v1/contracts/{contractId}/amendments",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description STORE_UNAVAILABLE / AUTH_UNAVAILABLE: retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:STORE_UNAVAILABLE",
                     *       "status": 503,
                     *       "code": "STORE_UNAVAILABLE",
                     *       "detail": "STORE_UNAVAILABLE / AUTH_UNAVAILABLE",
                     *       "instance": "/api/v1/contracts/{contractId}/amendments",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ContractsController_complete: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body returns the first response */
                "Idempotency-Key"?: string;
                /** @description The ETag last read (e.g. "7"); a stale one is 412 */
                "If-Match"?: string;
            };
            path: {
                contractId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:VALIDATION_FAILED",
                     *       "status": 400,
                     *       "code": "VALIDATION_FAILED",
                     *       "detail": "VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON",
                     *       "instance": "/api/v1/contracts/{contractId}/complete",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid one (`WWW-Authenticate` says why) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:UNAUTHENTICATED",
                     *       "status": 401,
                     *       "code": "UNAUTHENTICATED",
                     *       "detail": "UNAUTHENTICATED",
                     *       "instance": "/api/v1/contracts/{contractId}/complete",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN: the role may not call this route, or not on this resource (another agency, supplier, or not assigned) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:FORBIDDEN",
                     *       "status": 403,
                     *       "code": "FORBIDDEN",
                     *       "detail": "FORBIDDEN",
                     *       "instance": "/api/v1/contracts/{contractId}/complete",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND or a domain <X>_NOT_FOUND: no such entity */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:NOT_FOUND",
                     *       "status": 404,
                     *       "code": "NOT_FOUND",
                     *       "detail": "NOT_FOUND or a domain <X>_NOT_FOUND",
                     *       "instance": "/api/v1/contracts/{contractId}/complete",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A rule refused the command (its domain code, e.g. TENDER_CLOSED), or WRONG_EXPECTED_REVISION / IDEMPOTENCY_KEY_IN_PROGRESS; nothing was written */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:TENDER_CLOSED",
                     *       "status": 409,
                     *       "code": "TENDER_CLOSED",
                     *       "detail": "A rule refused the command (its domain code, e.g. TENDER_CLOSED), or WRONG_EXPECTED_REVISION / IDEMPOTENCY_KEY_IN_PROGRESS; nothing was written",
                     *       "instance": "/api/v1/contracts/{contractId}/complete",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PRECONDITION_FAILED: the If-Match revision is stale (`currentRevision` gives the current one) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:PRECONDITION_FAILED",
                     *       "status": 412,
                     *       "code": "PRECONDITION_FAILED",
                     *       "detail": "PRECONDITION_FAILED",
                     *       "instance": "/api/v1/contracts/{contractId}/complete",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: body over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:PAYLOAD_TOO_LARGE",
                     *       "status": 413,
                     *       "code": "PAYLOAD_TOO_LARGE",
                     *       "detail": "PAYLOAD_TOO_LARGE",
                     *       "instance": "/api/v1/contracts/{contractId}/complete",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is not application/json, or has a Content-Encoding other than identity */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:UNSUPPORTED_MEDIA_TYPE",
                     *       "status": 415,
                     *       "code": "UNSUPPORTED_MEDIA_TYPE",
                     *       "detail": "UNSUPPORTED_MEDIA_TYPE",
                     *       "instance": "/api/v1/contracts/{contractId}/complete",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: the Idempotency-Key was used with another body or route */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:IDEMPOTENCY_KEY_REUSED",
                     *       "status": 422,
                     *       "code": "IDEMPOTENCY_KEY_REUSED",
                     *       "detail": "IDEMPOTENCY_KEY_REUSED",
                     *       "instance": "/api/v1/contracts/{contractId}/complete",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL: a bug; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:INTERNAL",
                     *       "status": 500,
                     *       "code": "INTERNAL",
                     *       "detail": "INTERNAL",
                     *       "instance": "/api/v1/contracts/{contractId}/complete",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description STORE_UNAVAILABLE / AUTH_UNAVAILABLE: retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:STORE_UNAVAILABLE",
                     *       "status": 503,
                     *       "code": "STORE_UNAVAILABLE",
                     *       "detail": "STORE_UNAVAILABLE / AUTH_UNAVAILABLE",
                     *       "instance": "/api/v1/contracts/{contractId}/complete",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ContractsController_disburse: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body returns the first response */
                "Idempotency-Key"?: string;
                /** @description The ETag last read (e.g. "7"); a stale one is 412 */
                "If-Match"?: string;
            };
            path: {
                contractId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DisburseFundsDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DisbursementResponseDto"];
                };
            };
            /** @description VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:VALIDATION_FAILED",
                     *       "status": 400,
                     *       "code": "VALIDATION_FAILED",
                     *       "detail": "VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON",
                     *       "instance": "/api/v1/contracts/{contractId}/disbursements",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid one (`WWW-Authenticate` says why) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:UNAUTHENTICATED",
                     *       "status": 401,
                     *       "code": "UNAUTHENTICATED",
                     *       "detail": "UNAUTHENTICATED",
                     *       "instance": "/api/v1/contracts/{contractId}/disbursements",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN: the role may not call this route, or not on this resource (another agency, supplier, or not assigned) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:FORBIDDEN",
                     *       "status": 403,
                     *       "code": "FORBIDDEN",
                     *       "detail": "FORBIDDEN",
                     *       "instance": "/api/v1/contracts/{contractId}/disbursements",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND or a domain <X>_NOT_FOUND: no such entity */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:NOT_FOUND",
                     *       "status": 404,
                     *       "code": "NOT_FOUND",
                     *       "detail": "NOT_FOUND or a domain <X>_NOT_FOUND",
                     *       "instance": "/api/v1/contracts/{contractId}/disbursements",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A rule refused the command (its domain code, e.g. TENDER_CLOSED), or WRONG_EXPECTED_REVISION / IDEMPOTENCY_KEY_IN_PROGRESS; nothing was written */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:TENDER_CLOSED",
                     *       "status": 409,
                     *       "code": "TENDER_CLOSED",
                     *       "detail": "A rule refused the command (its domain code, e.g. TENDER_CLOSED), or WRONG_EXPECTED_REVISION / IDEMPOTENCY_KEY_IN_PROGRESS; nothing was written",
                     *       "instance": "/api/v1/contracts/{contractId}/disbursements",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PRECONDITION_FAILED: the If-Match revision is stale (`currentRevision` gives the current one) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:PRECONDITION_FAILED",
                     *       "status": 412,
                     *       "code": "PRECONDITION_FAILED",
                     *       "detail": "PRECONDITION_FAILED",
                     *       "instance": "/api/v1/contracts/{contractId}/disbursements",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: body over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:PAYLOAD_TOO_LARGE",
                     *       "status": 413,
                     *       "code": "PAYLOAD_TOO_LARGE",
                     *       "detail": "PAYLOAD_TOO_LARGE",
                     *       "instance": "/api/v1/contracts/{contractId}/disbursements",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is not application/json, or has a Content-Encoding other than identity */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:UNSUPPORTED_MEDIA_TYPE",
                     *       "status": 415,
                     *       "code": "UNSUPPORTED_MEDIA_TYPE",
                     *       "detail": "UNSUPPORTED_MEDIA_TYPE",
                     *       "instance": "/api/v1/contracts/{contractId}/disbursements",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: the Idempotency-Key was used with another body or route */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:IDEMPOTENCY_KEY_REUSED",
                     *       "status": 422,
                     *       "code": "IDEMPOTENCY_KEY_REUSED",
                     *       "detail": "IDEMPOTENCY_KEY_REUSED",
                     *       "instance": "/api/v1/contracts/{contractId}/disbursements",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL: a bug; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:INTERNAL",
                     *       "status": 500,
                     *       "code": "INTERNAL",
                     *       "detail": "INTERNAL",
                     *       "instance": "/api/v1/contracts/{contractId}/disbursements",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description STORE_UNAVAILABLE / AUTH_UNAVAILABLE: retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:STORE_UNAVAILABLE",
                     *       "status": 503,
                     *       "code": "STORE_UNAVAILABLE",
                     *       "detail": "STORE_UNAVAILABLE / AUTH_UNAVAILABLE",
                     *       "instance": "/api/v1/contracts/{contractId}/disbursements",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ContractsController_assignEvaluator: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body returns the first response */
                "Idempotency-Key"?: string;
                /** @description The ETag last read (e.g. "7"); a stale one is 412 */
                "If-Match"?: string;
            };
            path: {
                contractId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignContractEvaluatorDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:VALIDATION_FAILED",
                     *       "status": 400,
                     *       "code": "VALIDATION_FAILED",
                     *       "detail": "VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON",
                     *       "instance": "/api/v1/contracts/{contractId}/evaluators",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid one (`WWW-Authenticate` says why) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:UNAUTHENTICATED",
                     *       "status": 401,
                     *       "code": "UNAUTHENTICATED",
                     *       "detail": "UNAUTHENTICATED",
                     *       "instance": "/api/v1/contracts/{contractId}/evaluators",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN: the role may not call this route, or not on this resource (another agency, supplier, or not assigned) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:FORBIDDEN",
                     *       "status": 403,
                     *       "code": "FORBIDDEN",
                     *       "detail": "FORBIDDEN",
                     *       "instance": "/api/v1/contracts/{contractId}/evaluators",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND or a domain <X>_NOT_FOUND: no such entity */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:NOT_FOUND",
                     *       "status": 404,
                     *       "code": "NOT_FOUND",
                     *       "detail": "NOT_FOUND or a domain <X>_NOT_FOUND",
                     *       "instance": "/api/v1/contracts/{contractId}/evaluators",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A rule refused the command (its domain code, e.g. TENDER_CLOSED), or WRONG_EXPECTED_REVISION / IDEMPOTENCY_KEY_IN_PROGRESS; nothing was written */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:TENDER_CLOSED",
                     *       "status": 409,
                     *       "code": "TENDER_CLOSED",
                     *       "detail": "A rule refused the command (its domain code, e.g. TENDER_CLOSED), or WRONG_EXPECTED_REVISION / IDEMPOTENCY_KEY_IN_PROGRESS; nothing was written",
                     *       "instance": "/api/v1/contracts/{contractId}/evaluators",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PRECONDITION_FAILED: the If-Match revision is stale (`currentRevision` gives the current one) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:PRECONDITION_FAILED",
                     *       "status": 412,
                     *       "code": "PRECONDITION_FAILED",
                     *       "detail": "PRECONDITION_FAILED",
                     *       "instance": "/api/v1/contracts/{contractId}/evaluators",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: body over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:PAYLOAD_TOO_LARGE",
                     *       "status": 413,
                     *       "code": "PAYLOAD_TOO_LARGE",
                     *       "detail": "PAYLOAD_TOO_LARGE",
                     *       "instance": "/api/v1/contracts/{contractId}/evaluators",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is not application/json, or has a Content-Encoding other than identity */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:UNSUPPORTED_MEDIA_TYPE",
                     *       "status": 415,
                     *       "code": "UNSUPPORTED_MEDIA_TYPE",
                     *       "detail": "UNSUPPORTED_MEDIA_TYPE",
                     *       "instance": "/api/v1/contracts/{contractId}/evaluators",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: the Idempotency-Key was used with another body or route */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:IDEMPOTENCY_KEY_REUSED",
                     *       "status": 422,
                     *       "code": "IDEMPOTENCY_KEY_REUSED",
                     *       "detail": "IDEMPOTENCY_KEY_REUSED",
                     *       "instance": "/api/v1/contracts/{contractId}/evaluators",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL: a bug; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:INTERNAL",
                     *       "status": 500,
                     *       "code": "INTERNAL",
                     *       "detail": "INTERNAL",
                     *       "instance": "/api/v1/contracts/{contractId}/evaluators",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description STORE_UNAVAILABLE / AUTH_UNAVAILABLE: retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:STORE_UNAVAILABLE",
                     *       "status": 503,
                     *       "code": "STORE_UNAVAILABLE",
                     *       "detail": "STORE_UNAVAILABLE / AUTH_UNAVAILABLE",
                     *       "instance": "/api/v1/contracts/{contractId}/evaluators",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ContractsController_reportDelivery: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body returns the first response */
                "Idempotency-Key"?: string;
                /** @description The ETag last read (e.g. "7"); a stale one is 412 */
                "If-Match"?: string;
            };
            path: {
                contractId: string;
                milestoneId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReportDeliveryDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:VALIDATION_FAILED",
                     *       "status": 400,
                     *       "code": "VALIDATION_FAILED",
                     *       "detail": "VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON",
                     *       "instance": "/api/v1/contracts/{contractId}/milestones/{milestoneId}/deliveries",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid one (`WWW-Authenticate` says why) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:UNAUTHENTICATED",
                     *       "status": 401,
                     *       "code": "UNAUTHENTICATED",
                     *       "detail": "UNAUTHENTICATED",
                     *       "instance": "/api/v1/contracts/{contractId}/milestones/{milestoneId}/deliveries",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN: the role may not call this route, or not on this resource (another agency, supplier, or not assigned) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:FORBIDDEN",
                     *       "status": 403,
                     *       "code": "FORBIDDEN",
                     *       "detail": "FORBIDDEN",
                     *       "instance": "/api/v1/contracts/{contractId}/milestones/{milestoneId}/deliveries",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND or a domain <X>_NOT_FOUND: no such entity */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:NOT_FOUND",
                     *       "status": 404,
                     *       "code": "NOT_FOUND",
                     *       "detail": "NOT_FOUND or a domain <X>_NOT_FOUND",
                     *       "instance": "/api/v1/contracts/{contractId}/milestones/{milestoneId}/deliveries",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A rule refused the command (its domain code, e.g. TENDER_CLOSED), or WRONG_EXPECTED_REVISION / IDEMPOTENCY_KEY_IN_PROGRESS; nothing was written */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:TENDER_CLOSED",
                     *       "status": 409,
                     *       "code": "TENDER_CLOSED",
                     *       "detail": "A rule refused the command (its domain code, e.g. TENDER_CLOSED), or WRONG_EXPECTED_REVISION / IDEMPOTENCY_KEY_IN_PROGRESS; nothing was written",
                     *       "instance": "/api/v1/contracts/{contractId}/milestones/{milestoneId}/deliveries",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PRECONDITION_FAILED: the If-Match revision is stale (`currentRevision` gives the current one) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:PRECONDITION_FAILED",
                     *       "status": 412,
                     *       "code": "PRECONDITION_FAILED",
                     *       "detail": "PRECONDITION_FAILED",
                     *       "instance": "/api/v1/contracts/{contractId}/milestones/{milestoneId}/deliveries",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: body over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:PAYLOAD_TOO_LARGE",
                     *       "status": 413,
                     *       "code": "PAYLOAD_TOO_LARGE",
                     *       "detail": "PAYLOAD_TOO_LARGE",
                     *       "instance": "/api/v1/contracts/{contractId}/milestones/{milestoneId}/deliveries",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is not application/json, or has a Content-Encoding other than identity */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:UNSUPPORTED_MEDIA_TYPE",
                     *       "status": 415,
                     *       "code": "UNSUPPORTED_MEDIA_TYPE",
                     *       "detail": "UNSUPPORTED_MEDIA_TYPE",
                     *       "instance": "/api/v1/contracts/{contractId}/milestones/{milestoneId}/deliveries",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: the Idempotency-Key was used with another body or route */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:IDEMPOTENCY_KEY_REUSED",
                     *       "status": 422,
                     *       "code": "IDEMPOTENCY_KEY_REUSED",
                     *       "detail": "IDEMPOTENCY_KEY_REUSED",
                     *       "instance": "/api/v1/contracts/{contractId}/milestones/{milestoneId}/deliveries",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL: a bug; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:INTERNAL",
                     *       "status": 500,
                     *       "code": "INTERNAL",
                     *       "detail": "INTERNAL",
                     *       "instance": "/api/v1/contracts/{contractId}/milestones/{milestoneId}/deliveries",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description STORE_UNAVAILABLE / AUTH_UNAVAILABLE: retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:STORE_UNAVAILABLE",
                     *       "status": 503,
                     *       "code": "STORE_UNAVAILABLE",
                     *       "detail": "STORE_UNAVAILABLE / AUTH_UNAVAILABLE",
                     *       "instance": "/api/v1/contracts/{contractId}/milestones/{milestoneId}/deliveries",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ContractsController_evaluate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body returns the first response */
                "Idempotency-Key"?: string;
                /** @description The ETag last read (e.g. "7"); a stale one is 412 */
                "If-Match"?: string;
            };
            path: {
                contractId: string;
                milestoneId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EvaluateMilestoneDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:VALIDATION_FAILED",
                     *       "status": 400,
                     *       "code": "VALIDATION_FAILED",
                     *       "detail": "VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON",
                     *       "instance": "/api/v1/contracts/{contractId}/milestones/{milestoneId}/evaluations",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid one (`WWW-Authenticate` says why) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:UNAUTHENTICATED",
                     *       "status": 401,
                     *       "code": "UNAUTHENTICATED",
                     *       "detail": "UNAUTHENTICATED",
                     *       "instance": "/api/v1/contracts/{contractId}/milestones/{milestoneId}/evaluations",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN: the role may not call this route, or not on this resource (another agency, supplier, or not assigned) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:FORBIDDEN",
                     *       "status": 403,
                     *       "code": "FORBIDDEN",
                     *       "detail": "FORBIDDEN",
                     *       "instance": "/api/v1/contracts/{contractId}/milestones/{milestoneId}/evaluations",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND or a domain <X>_NOT_FOUND: no such entity */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:NOT_FOUND",
                     *       "status": 404,
                     *       "code": "NOT_FOUND",
                     *       "detail": "NOT_FOUND or a domain <X>_NOT_FOUND",
                     *       "instance": "/api/v1/contracts/{contractId}/milestones/{milestoneId}/evaluations",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A rule refused the command (its domain code, e.g. TENDER_CLOSED), or WRONG_EXPECTED_REVISION / IDEMPOTENCY_KEY_IN_PROGRESS; nothing was written */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:TENDER_CLOSED",
                     *       "status": 409,
                     *       "code": "TENDER_CLOSED",
                     *       "detail": "A rule refused the command (its domain code, e.g. TENDER_CLOSED), or WRONG_EXPECTED_REVISION / IDEMPOTENCY_KEY_IN_PROGRESS; nothing was written",
                     *       "instance": "/api/v1/contracts/{contractId}/milestones/{milestoneId}/evaluations",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PRECONDITION_FAILED: the If-Match revision is stale (`currentRevision` gives the current one) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:PRECONDITION_FAILED",
                     *       "status": 412,
                     *       "code": "PRECONDITION_FAILED",
                     *       "detail": "PRECONDITION_FAILED",
                     *       "instance": "/api/v1/contracts/{contractId}/milestones/{milestoneId}/evaluations",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: body over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:PAYLOAD_TOO_LARGE",
                     *       "status": 413,
                     *       "code": "PAYLOAD_TOO_LARGE",
                     *       "detail": "PAYLOAD_TOO_LARGE",
                     *       "instance": "/api/v1/contracts/{contractId}/milestones/{milestoneId}/evaluations",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is not application/json, or has a Content-Encoding other than identity */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:UNSUPPORTED_MEDIA_TYPE",
                     *       "status": 415,
                     *       "code": "UNSUPPORTED_MEDIA_TYPE",
                     *       "detail": "UNSUPPORTED_MEDIA_TYPE",
                     *       "instance": "/api/v1/contracts/{contractId}/milestones/{milestoneId}/evaluations",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: the Idempotency-Key was used with another body or route */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:IDEMPOTENCY_KEY_REUSED",
                     *       "status": 422,
                     *       "code": "IDEMPOTENCY_KEY_REUSED",
                     *       "detail": "IDEMPOTENCY_KEY_REUSED",
                     *       "instance": "/api/v1/contracts/{contractId}/milestones/{milestoneId}/evaluations",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL: a bug; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:INTERNAL",
                     *       "status": 500,
                     *       "code": "INTERNAL",
                     *       "detail": "INTERNAL",
                     *       "instance": "/api/v1/contracts/{contractId}/milestones/{milestoneId}/evaluations",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description STORE_UNAVAILABLE / AUTH_UNAVAILABLE: retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:STORE_UNAVAILABLE",
                     *       "status": 503,
                     *       "code": "STORE_UNAVAILABLE",
                     *       "detail": "STORE_UNAVAILABLE / AUTH_UNAVAILABLE",
                     *       "instance": "/api/v1/contracts/{contractId}/milestones/{milestoneId}/evaluations",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ContractsController_resume: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body returns the first response */
                "Idempotency-Key"?: string;
                /** @description The ETag last read (e.g. "7"); a stale one is 412 */
                "If-Match"?: string;
            };
            path: {
                contractId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:VALIDATION_FAILED",
                     *       "status": 400,
                     *       "code": "VALIDATION_FAILED",
                     *       "detail": "VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON",
                     *       "instance": "/api/v1/contracts/{contractId}/resume",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid one (`WWW-Authenticate` says why) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:UNAUTHENTICATED",
                     *       "status": 401,
                     *       "code": "UNAUTHENTICATED",
                     *       "detail": "UNAUTHENTICATED",
                     *       "instance": "/api/v1/contracts/{contractId}/resume",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN: the role may not call this route, or not on this resource (another agency, supplier, or not assigned) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:FORBIDDEN",
                     *       "status": 403,
                     *       "code": "FORBIDDEN",
                     *       "detail": "FORBIDDEN",
                     *       "instance": "/api/v1/contracts/{contractId}/resume",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND or a domain <X>_NOT_FOUND: no such entity */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:NOT_FOUND",
                     *       "status": 404,
                     *       "code": "NOT_FOUND",
                     *       "detail": "NOT_FOUND or a domain <X>_NOT_FOUND",
                     *       "instance": "/api/v1/contracts/{contractId}/resume",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A rule refused the command (its domain code, e.g. TENDER_CLOSED), or WRONG_EXPECTED_REVISION / IDEMPOTENCY_KEY_IN_PROGRESS; nothing was written */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:TENDER_CLOSED",
                     *       "status": 409,
                     *       "code": "TENDER_CLOSED",
                     *       "detail": "A rule refused the command (its domain code, e.g. TENDER_CLOSED), or WRONG_EXPECTED_REVISION / IDEMPOTENCY_KEY_IN_PROGRESS; nothing was written",
                     *       "instance": "/api/v1/contracts/{contractId}/resume",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PRECONDITION_FAILED: the If-Match revision is stale (`currentRevision` gives the current one) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:PRECONDITION_FAILED",
                     *       "status": 412,
                     *       "code": "PRECONDITION_FAILED",
                     *       "detail": "PRECONDITION_FAILED",
                     *       "instance": "/api/v1/contracts/{contractId}/resume",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: body over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:PAYLOAD_TOO_LARGE",
                     *       "status": 413,
                     *       "code": "PAYLOAD_TOO_LARGE",
                     *       "detail": "PAYLOAD_TOO_LARGE",
                     *       "instance": "/api/v1/contracts/{contractId}/resume",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is not application/json, or has a Content-Encoding other than identity */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:UNSUPPORTED_MEDIA_TYPE",
                     *       "status": 415,
                     *       "code": "UNSUPPORTED_MEDIA_TYPE",
                     *       "detail": "UNSUPPORTED_MEDIA_TYPE",
                     *       "instance": "/api/v1/contracts/{contractId}/resume",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: the Idempotency-Key was used with another body or route */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:IDEMPOTENCY_KEY_REUSED",
                     *       "status": 422,
                     *       "code": "IDEMPOTENCY_KEY_REUSED",
                     *       "detail": "IDEMPOTENCY_KEY_REUSED",
                     *       "instance": "/api/v1/contracts/{contractId}/resume",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL: a bug; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:INTERNAL",
                     *       "status": 500,
                     *       "code": "INTERNAL",
                     *       "detail": "INTERNAL",
                     *       "instance": "/api/v1/contracts/{contractId}/resume",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description STORE_UNAVAILABLE / AUTH_UNAVAILABLE: retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:STORE_UNAVAILABLE",
                     *       "status": 503,
                     *       "code": "STORE_UNAVAILABLE",
                     *       "detail": "STORE_UNAVAILABLE / AUTH_UNAVAILABLE",
                     *       "instance": "/api/v1/contracts/{contractId}/resume",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ContractsController_suspend: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body returns the first response */
                "Idempotency-Key"?: string;
                /** @description The ETag last read (e.g. "7"); a stale one is 412 */
                "If-Match"?: string;
            };
            path: {
                contractId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SuspendContractDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:VALIDATION_FAILED",
                     *       "status": 400,
                     *       "code": "VALIDATION_FAILED",
                     *       "detail": "VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON",
                     *       "instance": "/api/v1/contracts/{contractId}/suspend",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid one (`WWW-Authenticate` says why) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:UNAUTHENTICATED",
                     *       "status": 401,
                     *       "code": "UNAUTHENTICATED",
                     *       "detail": "UNAUTHENTICATED",
                     *       "instance": "/api/v1/contracts/{contractId}/suspend",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN: the role may not call this route, or not on this resource (another agency, supplier, or not assigned) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:FORBIDDEN",
                     *       "status": 403,
                     *       "code": "FORBIDDEN",
                     *       "detail": "FORBIDDEN",
                     *       "instance": "/api/v1/contracts/{contractId}/suspend",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND or a domain <X>_NOT_FOUND: no such entity */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:NOT_FOUND",
                     *       "status": 404,
                     *       "code": "NOT_FOUND",
                     *       "detail": "NOT_FOUND or a domain <X>_NOT_FOUND",
                     *       "instance": "/api/v1/contracts/{contractId}/suspend",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A rule refused the command (its domain code, e.g. TENDER_CLOSED), or WRONG_EXPECTED_REVISION / IDEMPOTENCY_KEY_IN_PROGRESS; nothing was written */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:TENDER_CLOSED",
                     *       "status": 409,
                     *       "code": "TENDER_CLOSED",
                     *       "detail": "A rule refused the command (its domain code, e.g. TENDER_CLOSED), or WRONG_EXPECTED_REVISION / IDEMPOTENCY_KEY_IN_PROGRESS; nothing was written",
                     *       "instance": "/api/v1/contracts/{contractId}/suspend",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PRECONDITION_FAILED: the If-Match revision is stale (`currentRevision` gives the current one) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:PRECONDITION_FAILED",
                     *       "status": 412,
                     *       "code": "PRECONDITION_FAILED",
                     *       "detail": "PRECONDITION_FAILED",
                     *       "instance": "/api/v1/contracts/{contractId}/suspend",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: body over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:PAYLOAD_TOO_LARGE",
                     *       "status": 413,
                     *       "code": "PAYLOAD_TOO_LARGE",
                     *       "detail": "PAYLOAD_TOO_LARGE",
                     *       "instance": "/api/v1/contracts/{contractId}/suspend",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is not application/json, or has a Content-Encoding other than identity */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:UNSUPPORTED_MEDIA_TYPE",
                     *       "status": 415,
                     *       "code": "UNSUPPORTED_MEDIA_TYPE",
                     *       "detail": "UNSUPPORTED_MEDIA_TYPE",
                     *       "instance": "/api/v1/contracts/{contractId}/suspend",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: the Idempotency-Key was used with another body or route */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:IDEMPOTENCY_KEY_REUSED",
                     *       "status": 422,
                     *       "code": "IDEMPOTENCY_KEY_REUSED",
                     *       "detail": "IDEMPOTENCY_KEY_REUSED",
                     *       "instance": "/api/v1/contracts/{contractId}/suspend",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL: a bug; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:INTERNAL",
                     *       "status": 500,
                     *       "code": "INTERNAL",
                     *       "detail": "INTERNAL",
                     *       "instance": "/api/v1/contracts/{contractId}/suspend",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description STORE_UNAVAILABLE / AUTH_UNAVAILABLE: retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:STORE_UNAVAILABLE",
                     *       "status": 503,
                     *       "code": "STORE_UNAVAILABLE",
                     *       "detail": "STORE_UNAVAILABLE / AUTH_UNAVAILABLE",
                     *       "instance": "/api/v1/contracts/{contractId}/suspend",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ContractsController_terminate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body returns the first response */
                "Idempotency-Key"?: string;
                /** @description The ETag last read (e.g. "7"); a stale one is 412 */
                "If-Match"?: string;
            };
            path: {
                contractId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TerminateContractDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:VALIDATION_FAILED",
                     *       "status": 400,
                     *       "code": "VALIDATION_FAILED",
                     *       "detail": "VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON",
                     *       "instance": "/api/v1/contracts/{contractId}/terminate",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid one (`WWW-Authenticate` says why) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:UNAUTHENTICATED",
                     *       "status": 401,
                     *       "code": "UNAUTHENTICATED",
                     *       "detail": "UNAUTHENTICATED",
                     *       "instance": "/api/v1/contracts/{contractId}/terminate",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN: the role may not call this route, or not on this resource (another agency, supplier, or not assigned) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:FORBIDDEN",
                     *       "status": 403,
                     *       "code": "FORBIDDEN",
                     *       "detail": "FORBIDDEN",
                     *       "instance": "/api/v1/contracts/{contractId}/terminate",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND or a domain <X>_NOT_FOUND: no such entity */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:NOT_FOUND",
                     *       "status": 404,
                     *       "code": "NOT_FOUND",
                     *       "detail": "NOT_FOUND or a domain <X>_NOT_FOUND",
                     *       "instance": "/api/v1/contracts/{contractId}/terminate",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A rule refused the command (its domain code, e.g. TENDER_CLOSED), or WRONG_EXPECTED_REVISION / IDEMPOTENCY_KEY_IN_PROGRESS; nothing was written */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:TENDER_CLOSED",
                     *       "status": 409,
                     *       "code": "TENDER_CLOSED",
                     *       "detail": "A rule refused the command (its domain code, e.g. TENDER_CLOSED), or WRONG_EXPECTED_REVISION / IDEMPOTENCY_KEY_IN_PROGRESS; nothing was written",
                     *       "instance": "/api/v1/contracts/{contractId}/terminate",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PRECONDITION_FAILED: the If-Match revision is stale (`currentRevision` gives the current one) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:PRECONDITION_FAILED",
                     *       "status": 412,
                     *       "code": "PRECONDITION_FAILED",
                     *       "detail": "PRECONDITION_FAILED",
                     *       "instance": "/api/v1/contracts/{contractId}/terminate",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: body over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:PAYLOAD_TOO_LARGE",
                     *       "status": 413,
                     *       "code": "PAYLOAD_TOO_LARGE",
                     *       "detail": "PAYLOAD_TOO_LARGE",
                     *       "instance": "/api/v1/contracts/{contractId}/terminate",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is not application/json, or has a Content-Encoding other than identity */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:UNSUPPORTED_MEDIA_TYPE",
                     *       "status": 415,
                     *       "code": "UNSUPPORTED_MEDIA_TYPE",
                     *       "detail": "UNSUPPORTED_MEDIA_TYPE",
                     *       "instance": "/api/v1/contracts/{contractId}/terminate",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: the Idempotency-Key was used with another body or route */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:IDEMPOTENCY_KEY_REUSED",
                     *       "status": 422,
                     *       "code": "IDEMPOTENCY_KEY_REUSED",
                     *       "detail": "IDEMPOTENCY_KEY_REUSED",
                     *       "instance": "/api/v1/contracts/{contractId}/terminate",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL: a bug; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:INTERNAL",
                     *       "status": 500,
                     *       "code": "INTERNAL",
                     *       "detail": "INTERNAL",
                     *       "instance": "/api/v1/contracts/{contractId}/terminate",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description STORE_UNAVAILABLE / AUTH_UNAVAILABLE: retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:STORE_UNAVAILABLE",
                     *       "status": 503,
                     *       "code": "STORE_UNAVAILABLE",
                     *       "detail": "STORE_UNAVAILABLE / AUTH_UNAVAILABLE",
                     *       "instance": "/api/v1/contracts/{contractId}/terminate",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    EventsController_stream: {
        parameters: {
            query?: {
                /** @description first global position to deliver (default 1) */
                fromPosition?: number;
                /** @description false: end after the events in the log now (default true) */
                live?: "true" | "false";
                /** @description stream id prefix, e.g. `tender-` or `contract-<id>` */
                stream?: unknown;
                /** @description comma-separated event types */
                types?: unknown;
            };
            header?: {
                /** @description the id of the last message received (`<position>` or `<position>:<checkpoint size>`): resume after that position, and with the checkpoints from that size; wins over fromPosition */
                "Last-Event-ID"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Server-Sent Events, one message per event of the log the caller may see */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
            /** @description VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:VALIDATION_FAILED",
                     *       "status": 400,
                     *       "code": "VALIDATION_FAILED",
                     *       "detail": "VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON",
                     *       "instance": "/api/v1/events",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL: a bug; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:INTERNAL",
                     *       "status": 500,
                     *       "code": "INTERNAL",
                     *       "detail": "INTERNAL",
                     *       "instance": "/api/v1/events",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description STORE_UNAVAILABLE / AUTH_UNAVAILABLE: retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:STORE_UNAVAILABLE",
                     *       "status": 503,
                     *       "code": "STORE_UNAVAILABLE",
                     *       "detail": "STORE_UNAVAILABLE / AUTH_UNAVAILABLE",
                     *       "instance": "/api/v1/events",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CheckpointCommandController_take: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The checkpoint */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        key: string;
                        note: string;
                        size: number;
                    };
                };
            };
            /** @description VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:VALIDATION_FAILED",
                     *       "status": 400,
                     *       "code": "VALIDATION_FAILED",
                     *       "detail": "VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON",
                     *       "instance": "/api/v1/log/checkpoints",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid one (`WWW-Authenticate` says why) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:UNAUTHENTICATED",
                     *       "status": 401,
                     *       "code": "UNAUTHENTICATED",
                     *       "detail": "UNAUTHENTICATED",
                     *       "instance": "/api/v1/log/checkpoints",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN: the role may not call this route, or not on this resource (another agency, supplier, or not assigned) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:FORBIDDEN",
                     *       "status": 403,
                     *       "code": "FORBIDDEN",
                     *       "detail": "FORBIDDEN",
                     *       "instance": "/api/v1/log/checkpoints",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A rule refused the command (its domain code, e.g. TENDER_CLOSED), or WRONG_EXPECTED_REVISION / IDEMPOTENCY_KEY_IN_PROGRESS; nothing was written */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:TENDER_CLOSED",
                     *       "status": 409,
                     *       "code": "TENDER_CLOSED",
                     *       "detail": "A rule refused the command (its domain code, e.g. TENDER_CLOSED), or WRONG_EXPECTED_REVISION / IDEMPOTENCY_KEY_IN_PROGRESS; nothing was written",
                     *       "instance": "/api/v1/log/checkpoints",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PRECONDITION_FAILED: the If-Match revision is stale (`currentRevision` gives the current one) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:PRECONDITION_FAILED",
                     *       "status": 412,
                     *       "code": "PRECONDITION_FAILED",
                     *       "detail": "PRECONDITION_FAILED",
                     *       "instance": "/api/v1/log/checkpoints",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: body over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:PAYLOAD_TOO_LARGE",
                     *       "status": 413,
                     *       "code": "PAYLOAD_TOO_LARGE",
                     *       "detail": "PAYLOAD_TOO_LARGE",
                     *       "instance": "/api/v1/log/checkpoints",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is not application/json, or has a Content-Encoding other than identity */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:UNSUPPORTED_MEDIA_TYPE",
                     *       "status": 415,
                     *       "code": "UNSUPPORTED_MEDIA_TYPE",
                     *       "detail": "UNSUPPORTED_MEDIA_TYPE",
                     *       "instance": "/api/v1/log/checkpoints",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: the Idempotency-Key was used with another body or route */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:IDEMPOTENCY_KEY_REUSED",
                     *       "status": 422,
                     *       "code": "IDEMPOTENCY_KEY_REUSED",
                     *       "detail": "IDEMPOTENCY_KEY_REUSED",
                     *       "instance": "/api/v1/log/checkpoints",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL: a bug; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:INTERNAL",
                     *       "status": 500,
                     *       "code": "INTERNAL",
                     *       "detail": "INTERNAL",
                     *       "instance": "/api/v1/log/checkpoints",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description STORE_UNAVAILABLE / AUTH_UNAVAILABLE: retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:STORE_UNAVAILABLE",
                     *       "status": 503,
                     *       "code": "STORE_UNAVAILABLE",
                     *       "detail": "STORE_UNAVAILABLE / AUTH_UNAVAILABLE",
                     *       "instance": "/api/v1/log/checkpoints",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    OcdsController_bulk: {
        parameters: {
            query?: {
                /** @description `json`: one release package; `jsonl`: one release per line (JSON Lines) */
                format?: "json" | "jsonl";
                /** @description How long to wait for minPosition, in ms (default and ceiling: LEDGER_READ_WAIT_MS, 5000) */
                maxWaitMs?: number;
                /** @description Global log position the answer must include: the `position` a command answered. The route waits until its read model has applied it, then answers; 504 PROJECTION_TIMEOUT if it does not in time */
                minPosition?: number;
                /** @description Only releases of events after this global log position (exclusive) */
                sincePosition?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description format=json: an OCDS 1.1.5 release package; format=jsonl: one OCDS release per line */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        extensions?: string[];
                        /** Format: uri */
                        license?: string;
                        /** @description Paging: `next` is this query with the next cursor; absent on the last page */
                        links?: {
                            /** Format: uri */
                            next?: string;
                        };
                        /** Format: uri */
                        publicationPolicy?: string;
                        /** Format: date-time */
                        publishedDate: string;
                        publisher: {
                            name: string;
                            scheme?: string;
                            uid?: string;
                            /** Format: uri */
                            uri?: string;
                        };
                        releases: ({
                            awards?: Record<string, never>[];
                            bids?: Record<string, never>;
                            buyer?: Record<string, never>;
                            contracts?: Record<string, never>[];
                            /**
                             * Format: date-time
                             * @description When the event was recorded
                             */
                            date: string;
                            /**
                             * @description The id of the event that published it
                             * @example 0190f5a2-8d00-7c3a-9d2e-000000000042
                             */
                            id: string;
                            /** @enum {string} */
                            initiationType: "tender";
                            /** @example ocds-ledger-0190f5a2-7c1e-7b3a-9d2e-5f1a2b3c4d5e */
                            ocid: string;
                            parties?: Record<string, never>[];
                            planning?: Record<string, never>;
                            /**
                             * @example [
                             *       "award"
                             *     ]
                             */
                            tag: string[];
                            tender?: Record<string, never>;
                        } & {
                            [key: string]: unknown;
                        })[];
                        /** Format: uri */
                        uri: string;
                        /** @enum {string} */
                        version: "1.1";
                    };
                    "application/x-ndjson": {
                        awards?: Record<string, never>[];
                        bids?: Record<string, never>;
                        buyer?: Record<string, never>;
                        contracts?: Record<string, never>[];
                        /**
                         * Format: date-time
                         * @description When the event was recorded
                         */
                        date: string;
                        /**
                         * @description The id of the event that published it
                         * @example 0190f5a2-8d00-7c3a-9d2e-000000000042
                         */
                        id: string;
                        /** @enum {string} */
                        initiationType: "tender";
                        /** @example ocds-ledger-0190f5a2-7c1e-7b3a-9d2e-5f1a2b3c4d5e */
                        ocid: string;
                        parties?: Record<string, never>[];
                        planning?: Record<string, never>;
                        /**
                         * @example [
                         *       "award"
                         *     ]
                         */
                        tag: string[];
                        tender?: Record<string, never>;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:VALIDATION_FAILED",
                     *       "status": 400,
                     *       "code": "VALIDATION_FAILED",
                     *       "detail": "VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON",
                     *       "instance": "/api/v1/ocds/bulk",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL: a bug; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:INTERNAL",
                     *       "status": 500,
                     *       "code": "INTERNAL",
                     *       "detail": "INTERNAL",
                     *       "instance": "/api/v1/ocds/bulk",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description STORE_UNAVAILABLE / AUTH_UNAVAILABLE: retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:STORE_UNAVAILABLE",
                     *       "status": 503,
                     *       "code": "STORE_UNAVAILABLE",
                     *       "detail": "STORE_UNAVAILABLE / AUTH_UNAVAILABLE",
                     *       "instance": "/api/v1/ocds/bulk",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PROJECTION_TIMEOUT: the read model did not reach `minPosition` within `maxWaitMs`; retry after Retry-After */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:PROJECTION_TIMEOUT",
                     *       "status": 504,
                     *       "code": "PROJECTION_TIMEOUT",
                     *       "detail": "PROJECTION_TIMEOUT",
                     *       "instance": "/api/v1/ocds/bulk",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    OcdsController_record: {
        parameters: {
            query?: {
                /** @description How long to wait for minPosition, in ms (default and ceiling: LEDGER_READ_WAIT_MS, 5000) */
                maxWaitMs?: number;
                /** @description Global log position the answer must include: the `position` a command answered. The route waits until its read model has applied it, then answers; 504 PROJECTION_TIMEOUT if it does not in time */
                minPosition?: number;
            };
            header?: never;
            path: {
                /** @description Open Contracting ID: `<OCDS_OCID_PREFIX>-<tenderId>` */
                ocid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OCDS 1.1.5 record package */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        extensions?: string[];
                        /** Format: uri */
                        license?: string;
                        /** Format: uri */
                        publicationPolicy?: string;
                        /** Format: date-time */
                        publishedDate: string;
                        publisher: {
                            name: string;
                            scheme?: string;
                            uid?: string;
                            /** Format: uri */
                            uri?: string;
                        };
                        records: {
                            /** @description The releases merged by the OCDS merge rules; tag ["compiled"] */
                            compiledRelease: {
                                awards?: Record<string, never>[];
                                bids?: Record<string, never>;
                                buyer?: Record<string, never>;
                                contracts?: Record<string, never>[];
                                /**
                                 * Format: date-time
                                 * @description When the event was recorded
                                 */
                                date: string;
                                /**
                                 * @description The id of the event that published it
                                 * @example 0190f5a2-8d00-7c3a-9d2e-000000000042
                                 */
                                id: string;
                                /** @enum {string} */
                                initiationType: "tender";
                                /** @example ocds-ledger-0190f5a2-7c1e-7b3a-9d2e-5f1a2b3c4d5e */
                                ocid: string;
                                parties?: Record<string, never>[];
                                planning?: Record<string, never>;
                                /**
                                 * @example [
                                 *       "award"
                                 *     ]
                                 */
                                tag: string[];
                                tender?: Record<string, never>;
                            } & {
                                [key: string]: unknown;
                            };
                            ocid: string;
                            /** @description Every release of the process, in publication order */
                            releases: ({
                                awards?: Record<string, never>[];
                                bids?: Record<string, never>;
                                buyer?: Record<string, never>;
                                contracts?: Record<string, never>[];
                                /**
                                 * Format: date-time
                                 * @description When the event was recorded
                                 */
                                date: string;
                                /**
                                 * @description The id of the event that published it
                                 * @example 0190f5a2-8d00-7c3a-9d2e-000000000042
                                 */
                                id: string;
                                /** @enum {string} */
                                initiationType: "tender";
                                /** @example ocds-ledger-0190f5a2-7c1e-7b3a-9d2e-5f1a2b3c4d5e */
                                ocid: string;
                                parties?: Record<string, never>[];
                                planning?: Record<string, never>;
                                /**
                                 * @example [
                                 *       "award"
                                 *     ]
                                 */
                                tag: string[];
                                tender?: Record<string, never>;
                            } & {
                                [key: string]: unknown;
                            })[];
                        }[];
                        /** Format: uri */
                        uri: string;
                        /** @enum {string} */
                        version: "1.1";
                    };
                };
            };
            /** @description VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:VALIDATION_FAILED",
                     *       "status": 400,
                     *       "code": "VALIDATION_FAILED",
                     *       "detail": "VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON",
                     *       "instance": "/api/v1/ocds/records/{ocid}",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND or a domain <X>_NOT_FOUND: no such entity */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:NOT_FOUND",
                     *       "status": 404,
                     *       "code": "NOT_FOUND",
                     *       "detail": "NOT_FOUND or a domain <X>_NOT_FOUND",
                     *       "instance": "/api/v1/ocds/records/{ocid}",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL: a bug; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:INTERNAL",
                     *       "status": 500,
                     *       "code": "INTERNAL",
                     *       "detail": "INTERNAL",
                     *       "instance": "/api/v1/ocds/records/{ocid}",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description STORE_UNAVAILABLE / AUTH_UNAVAILABLE: retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:STORE_UNAVAILABLE",
                     *       "status": 503,
                     *       "code": "STORE_UNAVAILABLE",
                     *       "detail": "STORE_UNAVAILABLE / AUTH_UNAVAILABLE",
                     *       "instance": "/api/v1/ocds/records/{ocid}",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PROJECTION_TIMEOUT: the read model did not reach `minPosition` within `maxWaitMs`; retry after Retry-After */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:PROJECTION_TIMEOUT",
                     *       "status": 504,
                     *       "code": "PROJECTION_TIMEOUT",
                     *       "detail": "PROJECTION_TIMEOUT",
                     *       "instance": "/api/v1/ocds/records/{ocid}",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    OcdsController_releases: {
        parameters: {
            query?: {
                /** @description `nextCursor` of the previous page (same filters) */
                cursor?: string;
                /** @description Release date from (inclusive) */
                from?: string;
                limit?: number;
                /** @description How long to wait for minPosition, in ms (default and ceiling: LEDGER_READ_WAIT_MS, 5000) */
                maxWaitMs?: number;
                /** @description Global log position the answer must include: the `position` a command answered. The route waits until its read model has applied it, then answers; 504 PROJECTION_TIMEOUT if it does not in time */
                minPosition?: number;
                /** @description Only releases of events after this global log position (exclusive): keep the last `position` you applied and ask again from it */
                sincePosition?: number;
                /** @description Release date to (exclusive) */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OCDS 1.1.5 release package */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        extensions?: string[];
                        /** Format: uri */
                        license?: string;
                        /** @description Paging: `next` is this query with the next cursor; absent on the last page */
                        links?: {
                            /** Format: uri */
                            next?: string;
                        };
                        /** Format: uri */
                        publicationPolicy?: string;
                        /** Format: date-time */
                        publishedDate: string;
                        publisher: {
                            name: string;
                            scheme?: string;
                            uid?: string;
                            /** Format: uri */
                            uri?: string;
                        };
                        releases: ({
                            awards?: Record<string, never>[];
                            bids?: Record<string, never>;
                            buyer?: Record<string, never>;
                            contracts?: Record<string, never>[];
                            /**
                             * Format: date-time
                             * @description When the event was recorded
                             */
                            date: string;
                            /**
                             * @description The id of the event that published it
                             * @example 0190f5a2-8d00-7c3a-9d2e-000000000042
                             */
                            id: string;
                            /** @enum {string} */
                            initiationType: "tender";
                            /** @example ocds-ledger-0190f5a2-7c1e-7b3a-9d2e-5f1a2b3c4d5e */
                            ocid: string;
                            parties?: Record<string, never>[];
                            planning?: Record<string, never>;
                            /**
                             * @example [
                             *       "award"
                             *     ]
                             */
                            tag: string[];
                            tender?: Record<string, never>;
                        } & {
                            [key: string]: unknown;
                        })[];
                        /** Format: uri */
                        uri: string;
                        /** @enum {string} */
                        version: "1.1";
                    };
                };
            };
            /** @description VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:VALIDATION_FAILED",
                     *       "status": 400,
                     *       "code": "VALIDATION_FAILED",
                     *       "detail": "VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON",
                     *       "instance": "/api/v1/ocds/releases",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL: a bug; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:INTERNAL",
                     *       "status": 500,
                     *       "code": "INTERNAL",
                     *       "detail": "INTERNAL",
                     *       "instance": "/api/v1/ocds/releases",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description STORE_UNAVAILABLE / AUTH_UNAVAILABLE: retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:STORE_UNAVAILABLE",
                     *       "status": 503,
                     *       "code": "STORE_UNAVAILABLE",
                     *       "detail": "STORE_UNAVAILABLE / AUTH_UNAVAILABLE",
                     *       "instance": "/api/v1/ocds/releases",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PROJECTION_TIMEOUT: the read model did not reach `minPosition` within `maxWaitMs`; retry after Retry-After */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:PROJECTION_TIMEOUT",
                     *       "status": 504,
                     *       "code": "PROJECTION_TIMEOUT",
                     *       "detail": "PROJECTION_TIMEOUT",
                     *       "instance": "/api/v1/ocds/releases",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    BoardController_awards: {
        parameters: {
            query?: {
                agencyId?: string;
                /** @description `nextCursor` of the previous page (same filters) */
                cursor?: string;
                limit?: number;
                /** @description How long to wait for minPosition, in ms (default and ceiling: LEDGER_READ_WAIT_MS, 5000) */
                maxWaitMs?: number;
                /** @description Global log position the answer must include: the `position` a command answered. The route waits until its read model has applied it, then answers; 504 PROJECTION_TIMEOUT if it does not in time */
                minPosition?: number;
                serviceCategory?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description { items, nextCursor } */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            agencyId: string;
                            awardedAmount: number;
                            /** Format: date-time */
                            awardedAt: string;
                            awardedSupplierId: string;
                            contractId: unknown;
                            contractSignedAt: unknown;
                            contractValue: unknown;
                            currency: string;
                            /** Format: date-time */
                            deadline: string;
                            estimatedValue: number;
                            method: string;
                            openedBids: number;
                            /** Format: date-time */
                            publishedAt: string;
                            serviceCategory: string;
                            status: string;
                            /** Format: uuid */
                            tenderId: string;
                            title: string;
                        }[];
                        nextCursor: unknown;
                    };
                };
            };
            /** @description VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:VALIDATION_FAILED",
                     *       "status": 400,
                     *       "code": "VALIDATION_FAILED",
                     *       "detail": "VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON",
                     *       "instance": "/api/v1/public/board/awards",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL: a bug; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:INTERNAL",
                     *       "status": 500,
                     *       "code": "INTERNAL",
                     *       "detail": "INTERNAL",
                     *       "instance": "/api/v1/public/board/awards",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description STORE_UNAVAILABLE / AUTH_UNAVAILABLE: retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:STORE_UNAVAILABLE",
                     *       "status": 503,
                     *       "code": "STORE_UNAVAILABLE",
                     *       "detail": "STORE_UNAVAILABLE / AUTH_UNAVAILABLE",
                     *       "instance": "/api/v1/public/board/awards",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PROJECTION_TIMEOUT: the read model did not reach `minPosition` within `maxWaitMs`; retry after Retry-After */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:PROJECTION_TIMEOUT",
                     *       "status": 504,
                     *       "code": "PROJECTION_TIMEOUT",
                     *       "detail": "PROJECTION_TIMEOUT",
                     *       "instance": "/api/v1/public/board/awards",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    BoardController_contracts: {
        parameters: {
            query?: {
                agencyId?: string;
                /** @description `nextCursor` of the previous page (same filters) */
                cursor?: string;
                limit?: number;
                /** @description How long to wait for minPosition, in ms (default and ceiling: LEDGER_READ_WAIT_MS, 5000) */
                maxWaitMs?: number;
                /** @description Global log position the answer must include: the `position` a command answered. The route waits until its read model has applied it, then answers; 504 PROJECTION_TIMEOUT if it does not in time */
                minPosition?: number;
                serviceCategory?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description { items, nextCursor } */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            agencyId: string;
                            awardedAmount: unknown;
                            awardedAt: unknown;
                            awardedSupplierId: unknown;
                            /** Format: uuid */
                            contractId: string;
                            /** Format: date-time */
                            contractSignedAt: string;
                            contractValue: number;
                            currency: string;
                            /** Format: date-time */
                            deadline: string;
                            estimatedValue: number;
                            method: string;
                            openedBids: unknown;
                            /** Format: date-time */
                            publishedAt: string;
                            serviceCategory: string;
                            status: string;
                            /** Format: uuid */
                            tenderId: string;
                            title: string;
                        }[];
                        nextCursor: unknown;
                    };
                };
            };
            /** @description VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:VALIDATION_FAILED",
                     *       "status": 400,
                     *       "code": "VALIDATION_FAILED",
                     *       "detail": "VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON",
                     *       "instance": "/api/v1/public/board/contracts",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL: a bug; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:INTERNAL",
                     *       "status": 500,
                     *       "code": "INTERNAL",
                     *       "detail": "INTERNAL",
                     *       "instance": "/api/v1/public/board/contracts",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description STORE_UNAVAILABLE / AUTH_UNAVAILABLE: retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:STORE_UNAVAILABLE",
                     *       "status": 503,
                     *       "code": "STORE_UNAVAILABLE",
                     *       "detail": "STORE_UNAVAILABLE / AUTH_UNAVAILABLE",
                     *       "instance": "/api/v1/public/board/contracts",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PROJECTION_TIMEOUT: the read model did not reach `minPosition` within `maxWaitMs`; retry after Retry-After */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:PROJECTION_TIMEOUT",
                     *       "status": 504,
                     *       "code": "PROJECTION_TIMEOUT",
                     *       "detail": "PROJECTION_TIMEOUT",
                     *       "instance": "/api/v1/public/board/contracts",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    BoardController_open: {
        parameters: {
            query?: {
                agencyId?: string;
                /** @description `nextCursor` of the previous page (same filters) */
                cursor?: string;
                limit?: number;
                /** @description How long to wait for minPosition, in ms (default and ceiling: LEDGER_READ_WAIT_MS, 5000) */
                maxWaitMs?: number;
                /** @description Global log position the answer must include: the `position` a command answered. The route waits until its read model has applied it, then answers; 504 PROJECTION_TIMEOUT if it does not in time */
                minPosition?: number;
                serviceCategory?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description { at, items, nextCursor } */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        at: string;
                        items: {
                            /** Format: uuid */
                            agencyId: string;
                            awardedAmount: unknown;
                            awardedAt: unknown;
                            awardedSupplierId: unknown;
                            contractId: unknown;
                            contractSignedAt: unknown;
                            contractValue: unknown;
                            currency: string;
                            /** Format: date-time */
                            deadline: string;
                            estimatedValue: number;
                            method: string;
                            openedBids: unknown;
                            /** Format: date-time */
                            publishedAt: string;
                            serviceCategory: string;
                            status: string;
                            /** Format: uuid */
                            tenderId: string;
                            title: string;
                        }[];
                        nextCursor: unknown;
                    };
                };
            };
            /** @description VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:VALIDATION_FAILED",
                     *       "status": 400,
                     *       "code": "VALIDATION_FAILED",
                     *       "detail": "VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON",
                     *       "instance": "/api/v1/public/board/open-tenders",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL: a bug; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:INTERNAL",
                     *       "status": 500,
                     *       "code": "INTERNAL",
                     *       "detail": "INTERNAL",
                     *       "instance": "/api/v1/public/board/open-tenders",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description STORE_UNAVAILABLE / AUTH_UNAVAILABLE: retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:STORE_UNAVAILABLE",
                     *       "status": 503,
                     *       "code": "STORE_UNAVAILABLE",
                     *       "detail": "STORE_UNAVAILABLE / AUTH_UNAVAILABLE",
                     *       "instance": "/api/v1/public/board/open-tenders",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PROJECTION_TIMEOUT: the read model did not reach `minPosition` within `maxWaitMs`; retry after Retry-After */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:PROJECTION_TIMEOUT",
                     *       "status": 504,
                     *       "code": "PROJECTION_TIMEOUT",
                     *       "detail": "PROJECTION_TIMEOUT",
                     *       "instance": "/api/v1/public/board/open-tenders",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PublicContractsController_read: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                contractId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The public contract view */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "contractId": "01a24b10-100e-70b9-9212-22dba24b7b41",
                     *       "tenderId": "01a24b10-0105-74a9-b3d5-9e8a12b7d5e7",
                     *       "agencyId": "01a24b0f-fd9d-70c5-b98a-7db71eea4266",
                     *       "supplierId": "01a24b0f-fd9d-70c7-b2ff-20f892348acc",
                     *       "status": "active",
                     *       "signedAt": "2026-03-04T09:00:00.000Z",
                     *       "value": {
                     *         "amountMinor": 100000000,
                     *         "currency": "CNY"
                     *       },
                     *       "acceptedTotal": {
                     *         "amountMinor": 0,
                     *         "currency": "CNY"
                     *       },
                     *       "paidTotal": {
                     *         "amountMinor": 0,
                     *         "currency": "CNY"
                     *       },
                     *       "milestones": [
                     *         {
                     *           "milestoneId": "01a24b10-1002-7155-abb7-ae8c9a8158da",
                     *           "title": "Home visits",
                     *           "dueAt": "2026-05-03T09:00:00.000Z",
                     *           "amount": {
                     *             "amountMinor": 40000000,
                     *             "currency": "CNY"
                     *           },
                     *           "delivered": false,
                     *           "late": null,
                     *           "verdict": null,
                     *           "accepted": {
                     *             "amountMinor": 0,
                     *             "currency": "CNY"
                     *           },
                     *           "paid": {
                     *             "amountMinor": 0,
                     *             "currency": "CNY"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        acceptedTotal: {
                            amountMinor: number;
                            currency: string;
                        };
                        /** Format: uuid */
                        agencyId: string;
                        /** Format: uuid */
                        contractId: string;
                        milestones: {
                            accepted: {
                                amountMinor: number;
                                currency: string;
                            };
                            amount: {
                                amountMinor: number;
                                currency: string;
                            };
                            delivered: boolean;
                            /** Format: date-time */
                            dueAt: string;
                            late: unknown;
                            /** Format: uuid */
                            milestoneId: string;
                            paid: {
                                amountMinor: number;
                                currency: string;
                            };
                            title: string;
                            verdict: unknown;
                        }[];
                        paidTotal: {
                            amountMinor: number;
                            currency: string;
                        };
                        /** Format: date-time */
                        signedAt: string;
                        status: string;
                        /** Format: uuid */
                        supplierId: string;
                        /** Format: uuid */
                        tenderId: string;
                        value: {
                            amountMinor: number;
                            currency: string;
                        };
                    };
                };
            };
            /** @description VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:VALIDATION_FAILED",
                     *       "status": 400,
                     *       "code": "VALIDATION_FAILED",
                     *       "detail": "VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON",
                     *       "instance": "/api/v1/public/contracts/{contractId}",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND or a domain <X>_NOT_FOUND: no such entity */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:NOT_FOUND",
                     *       "status": 404,
                     *       "code": "NOT_FOUND",
                     *       "detail": "NOT_FOUND or a domain <X>_NOT_FOUND",
                     *       "instance": "/api/v1/public/contracts/{contractId}",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL: a bug; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:INTERNAL",
                     *       "status": 500,
                     *       "code": "INTERNAL",
                     *       "detail": "INTERNAL",
                     *       "instance": "/api/v1/public/contracts/{contractId}",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description STORE_UNAVAILABLE / AUTH_UNAVAILABLE: retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:STORE_UNAVAILABLE",
                     *       "status": 503,
                     *       "code": "STORE_UNAVAILABLE",
                     *       "detail": "STORE_UNAVAILABLE / AUTH_UNAVAILABLE",
                     *       "instance": "/api/v1/public/contracts/{contractId}",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    JurisdictionController_read: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description { policy, sandbox }: sandbox is true in a sandbox deployment (LEDGER_SANDBOX), whose policy days last policy.dayMs */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        policy: {
                            advancePaymentCapPercent: number;
                            amendmentThresholdPercent: number;
                            clarificationCutoffDays: number;
                            competitiveShareTargetPercent: number;
                            conditionsComplaintCutoffDays: number;
                            dayMs: number;
                            defaultDebarmentDays: number;
                            directCommissionRatingFloor: string;
                            failuresBeforeDebarmentProposal: number;
                            lateAmendmentWindowDays: number;
                            maxSubmissionDays: number;
                            minSubmissionDays: {
                                competitive_negotiation: number;
                                direct_commission: number;
                                invited: number;
                                open: number;
                            };
                            minValidBids: {
                                competitive_negotiation: number;
                                direct_commission: number;
                                invited: number;
                                open: number;
                            };
                            paymentDueDays: number;
                            planningHorizonDays: number;
                            standstillDays: {
                                competitive_negotiation: number;
                                direct_commission: number;
                                invited: number;
                                open: number;
                            };
                        };
                        sandbox: boolean;
                    };
                };
            };
            /** @description VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:VALIDATION_FAILED",
                     *       "status": 400,
                     *       "code": "VALIDATION_FAILED",
                     *       "detail": "VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON",
                     *       "instance": "/api/v1/public/policy",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL: a bug; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:INTERNAL",
                     *       "status": 500,
                     *       "code": "INTERNAL",
                     *       "detail": "INTERNAL",
                     *       "instance": "/api/v1/public/policy",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description STORE_UNAVAILABLE / AUTH_UNAVAILABLE: retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:STORE_UNAVAILABLE",
                     *       "status": 503,
                     *       "code": "STORE_UNAVAILABLE",
                     *       "detail": "STORE_UNAVAILABLE / AUTH_UNAVAILABLE",
                     *       "instance": "/api/v1/public/policy",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    TenderListController_list: {
        parameters: {
            query?: {
                agencyId?: string;
                /** @description `nextCursor` of the previous page (same filters) */
                cursor?: string;
                limit?: number;
                /** @description How long to wait for minPosition, in ms (default and ceiling: LEDGER_READ_WAIT_MS, 5000) */
                maxWaitMs?: number;
                /** @description Global log position the answer must include: the `position` a command answered. The route waits until its read model has applied it, then answers; 504 PROJECTION_TIMEOUT if it does not in time */
                minPosition?: number;
                serviceCategory?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description { items, nextCursor } */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            agencyId: string;
                            awardedAmount: unknown;
                            awardedAt: unknown;
                            awardedSupplierId: unknown;
                            contractId: unknown;
                            contractSignedAt: unknown;
                            contractValue: unknown;
                            currency: string;
                            /** Format: date-time */
                            deadline: string;
                            estimatedValue: number;
                            method: string;
                            openedBids: unknown;
                            /** Format: date-time */
                            publishedAt: string;
                            serviceCategory: string;
                            status: string;
                            /** Format: uuid */
                            tenderId: string;
                            title: string;
                        }[];
                        nextCursor: unknown;
                    };
                };
            };
            /** @description VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:VALIDATION_FAILED",
                     *       "status": 400,
                     *       "code": "VALIDATION_FAILED",
                     *       "detail": "VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON",
                     *       "instance": "/api/v1/public/tenders",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL: a bug; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:INTERNAL",
                     *       "status": 500,
                     *       "code": "INTERNAL",
                     *       "detail": "INTERNAL",
                     *       "instance": "/api/v1/public/tenders",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description STORE_UNAVAILABLE / AUTH_UNAVAILABLE: retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:STORE_UNAVAILABLE",
                     *       "status": 503,
                     *       "code": "STORE_UNAVAILABLE",
                     *       "detail": "STORE_UNAVAILABLE / AUTH_UNAVAILABLE",
                     *       "instance": "/api/v1/public/tenders",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PROJECTION_TIMEOUT: the read model did not reach `minPosition` within `maxWaitMs`; retry after Retry-After */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:PROJECTION_TIMEOUT",
                     *       "status": 504,
                     *       "code": "PROJECTION_TIMEOUT",
                     *       "detail": "PROJECTION_TIMEOUT",
                     *       "instance": "/api/v1/public/tenders",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PublicTendersController_read: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The public view; ETag is a weak tag of the body, never the stream revision: a bid moves the revision, and the public may not know of bids before opening */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "tenderId": "01a24b10-1721-774b-b732-35bf935772b6",
                     *       "agencyId": "01a24b0f-fd9d-70c5-b98a-7db71eea4266",
                     *       "method": "open",
                     *       "status": "published",
                     *       "title": "Home care for elderly residents",
                     *       "serviceCategory": "elderly_care",
                     *       "estimatedValue": {
                     *         "amountMinor": 100000000,
                     *         "currency": "CNY"
                     *       },
                     *       "criteria": [
                     *         {
                     *           "criterionId": "price",
                     *           "name": "Price",
                     *           "weight": 40
                     *         }
                     *       ],
                     *       "eligibility": {
                     *         "invitedSupplierIds": [],
                     *         "minRating": "3A",
                     *         "supplierKinds": [
                     *           "social_organisation"
                     *         ]
                     *       },
                     *       "contractType": "short_term_project",
                     *       "paymentModel": "outcome_based",
                     *       "publishedAt": "2026-03-04T09:00:00.000Z",
                     *       "deadline": "2026-04-03T09:00:00.000Z",
                     *       "directCommission": null,
                     *       "bidCount": 1,
                     *       "award": null,
                     *       "clarifications": [
                     *         {
                     *           "questionId": "01a24b10-1722-7000-8000-000000000001",
                     *           "question": "May two organisations bid together?",
                     *           "askedAt": "2026-03-05T09:00:00.000Z",
                     *           "answer": "Yes, as a consortium led by one of them",
                     *           "answeredAt": "2026-03-06T09:00:00.000Z",
                     *           "amendsConditions": false
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        /** Format: uuid */
                        agencyId: string;
                        award: unknown;
                        bidCount: number | null;
                        clarifications: {
                            amendsConditions: boolean;
                            answer: string;
                            /** Format: date-time */
                            answeredAt: string;
                            /** Format: date-time */
                            askedAt: string;
                            question: string;
                            /** Format: uuid */
                            questionId: string;
                        }[];
                        contractType: string;
                        criteria: {
                            criterionId: string;
                            name: string;
                            weight: number;
                        }[];
                        /** Format: date-time */
                        deadline: string;
                        directCommission: unknown;
                        eligibility: {
                            invitedSupplierIds: unknown[];
                            minRating: string | null;
                            supplierKinds: string[];
                        };
                        estimatedValue: {
                            amountMinor: number;
                            currency: string;
                        };
                        method: string;
                        paymentModel: string;
                        /** Format: date-time */
                        publishedAt: string;
                        serviceCategory: string;
                        status: string;
                        /** Format: uuid */
                        tenderId: string;
                        title: string;
                    };
                };
            };
            /** @description VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:VALIDATION_FAILED",
                     *       "status": 400,
                     *       "code": "VALIDATION_FAILED",
                     *       "detail": "VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON",
                     *       "instance": "/api/v1/public/tenders/{id}",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND or a domain <X>_NOT_FOUND: no such entity */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:NOT_FOUND",
                     *       "status": 404,
                     *       "code": "NOT_FOUND",
                     *       "detail": "NOT_FOUND or a domain <X>_NOT_FOUND",
                     *       "instance": "/api/v1/public/tenders/{id}",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL: a bug; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:INTERNAL",
                     *       "status": 500,
                     *       "code": "INTERNAL",
                     *       "detail": "INTERNAL",
                     *       "instance": "/api/v1/public/tenders/{id}",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description STORE_UNAVAILABLE / AUTH_UNAVAILABLE: retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:STORE_UNAVAILABLE",
                     *       "status": 503,
                     *       "code": "STORE_UNAVAILABLE",
                     *       "detail": "STORE_UNAVAILABLE / AUTH_UNAVAILABLE",
                     *       "instance": "/api/v1/public/tenders/{id}",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    RedFlagsController_list: {
        parameters: {
            query?: {
                agencyId?: string;
                /** @description Red flag code (docs/red-flags.md) */
                code?: string;
                /** @description `nextCursor` of the previous page (same filters) */
                cursor?: string;
                /** @description The entity flagged, as <kind>:<id> with kind tender, contract, milestone or supplier */
                entity?: string;
                /** @description raisedAt from (inclusive) */
                from?: string;
                limit?: number;
                /** @description How long to wait for minPosition, in ms (default and ceiling: LEDGER_READ_WAIT_MS, 5000) */
                maxWaitMs?: number;
                /** @description Global log position the answer must include: the `position` a command answered. The route waits until its read model has applied it, then answers; 504 PROJECTION_TIMEOUT if it does not in time */
                minPosition?: number;
                supplierId?: string;
                /** @description raisedAt to (exclusive) */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description { items, nextCursor } */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            code: string;
                            /** Format: uuid */
                            entityId: string;
                            entityKind: string;
                            eventIds: string[];
                            flagId: string;
                            /** Format: date-time */
                            raisedAt: string;
                        }[];
                        nextCursor: unknown;
                    };
                };
            };
            /** @description VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:VALIDATION_FAILED",
                     *       "status": 400,
                     *       "code": "VALIDATION_FAILED",
                     *       "detail": "VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON",
                     *       "instance": "/api/v1/red-flags",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid one (`WWW-Authenticate` says why) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:UNAUTHENTICATED",
                     *       "status": 401,
                     *       "code": "UNAUTHENTICATED",
                     *       "detail": "UNAUTHENTICATED",
                     *       "instance": "/api/v1/red-flags",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN: the role may not call this route, or not on this resource (another agency, supplier, or not assigned) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:FORBIDDEN",
                     *       "status": 403,
                     *       "code": "FORBIDDEN",
                     *       "detail": "FORBIDDEN",
                     *       "instance": "/api/v1/red-flags",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL: a bug; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:INTERNAL",
                     *       "status": 500,
                     *       "code": "INTERNAL",
                     *       "detail": "INTERNAL",
                     *       "instance": "/api/v1/red-flags",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description STORE_UNAVAILABLE / AUTH_UNAVAILABLE: retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:STORE_UNAVAILABLE",
                     *       "status": 503,
                     *       "code": "STORE_UNAVAILABLE",
                     *       "detail": "STORE_UNAVAILABLE / AUTH_UNAVAILABLE",
                     *       "instance": "/api/v1/red-flags",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PROJECTION_TIMEOUT: the read model did not reach `minPosition` within `maxWaitMs`; retry after Retry-After */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:PROJECTION_TIMEOUT",
                     *       "status": 504,
                     *       "code": "PROJECTION_TIMEOUT",
                     *       "detail": "PROJECTION_TIMEOUT",
                     *       "instance": "/api/v1/red-flags",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    SuppliersController_register: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body returns the first response */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterSupplierDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:VALIDATION_FAILED",
                     *       "status": 400,
                     *       "code": "VALIDATION_FAILED",
                     *       "detail": "VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON",
                     *       "instance": "/api/v1/suppliers",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid one (`WWW-Authenticate` says why) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:UNAUTHENTICATED",
                     *       "status": 401,
                     *       "code": "UNAUTHENTICATED",
                     *       "detail": "UNAUTHENTICATED",
                     *       "instance": "/api/v1/suppliers",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN: the role may not call this route, or not on this resource (another agency, supplier, or not assigned) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:FORBIDDEN",
                     *       "status": 403,
                     *       "code": "FORBIDDEN",
                     *       "detail": "FORBIDDEN",
                     *       "instance": "/api/v1/suppliers",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A rule refused the command (its domain code, e.g. TENDER_CLOSED), or WRONG_EXPECTED_REVISION / IDEMPOTENCY_KEY_IN_PROGRESS; nothing was written */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:TENDER_CLOSED",
                     *       "status": 409,
                     *       "code": "TENDER_CLOSED",
                     *       "detail": "A rule refused the command (its domain code, e.g. TENDER_CLOSED), or WRONG_EXPECTED_REVISION / IDEMPOTENCY_KEY_IN_PROGRESS; nothing was written",
                     *       "instance": "/api/v1/suppliers",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PRECONDITION_FAILED: the If-Match revision is stale (`currentRevision` gives the current one) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:PRECONDITION_FAILED",
                     *       "status": 412,
                     *       "code": "PRECONDITION_FAILED",
                     *       "detail": "PRECONDITION_FAILED",
                     *       "instance": "/api/v1/suppliers",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: body over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:PAYLOAD_TOO_LARGE",
                     *       "status": 413,
                     *       "code": "PAYLOAD_TOO_LARGE",
                     *       "detail": "PAYLOAD_TOO_LARGE",
                     *       "instance": "/api/v1/suppliers",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is not application/json, or has a Content-Encoding other than identity */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:UNSUPPORTED_MEDIA_TYPE",
                     *       "status": 415,
                     *       "code": "UNSUPPORTED_MEDIA_TYPE",
                     *       "detail": "UNSUPPORTED_MEDIA_TYPE",
                     *       "instance": "/api/v1/suppliers",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: the Idempotency-Key was used with another body or route */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:IDEMPOTENCY_KEY_REUSED",
                     *       "status": 422,
                     *       "code": "IDEMPOTENCY_KEY_REUSED",
                     *       "detail": "IDEMPOTENCY_KEY_REUSED",
                     *       "instance": "/api/v1/suppliers",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL: a bug; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:INTERNAL",
                     *       "status": 500,
                     *       "code": "INTERNAL",
                     *       "detail": "INTERNAL",
                     *       "instance": "/api/v1/suppliers",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description STORE_UNAVAILABLE / AUTH_UNAVAILABLE: retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:STORE_UNAVAILABLE",
                     *       "status": 503,
                     *       "code": "STORE_UNAVAILABLE",
                     *       "detail": "STORE_UNAVAILABLE / AUTH_UNAVAILABLE",
                     *       "instance": "/api/v1/suppliers",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    SuppliersController_read: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The supplier; ETag is its stream revision */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "supplierId": "01a24b10-1882-7220-9d12-ab9170911aa1",
                     *       "kind": "social_organisation",
                     *       "name": "Care 1aa1",
                     *       "registrationNumber": "R-70911aa1",
                     *       "registeredAt": "2026-03-04T09:00:00.000Z",
                     *       "rating": "5A",
                     *       "debarred": false,
                     *       "underEnhancedMonitoring": false,
                     *       "assessments": [
                     *         {
                     *           "assessedAt": "2026-03-04T09:00:00.000Z",
                     *           "assessor": "Assessment Centre",
                     *           "financeScore": 90,
                     *           "governanceScore": 90,
                     *           "rating": "5A",
                     *           "serviceQualityScore": 90,
                     *           "supplierId": "01a24b10-1882-7220-9d12-ab9170911aa1",
                     *           "totalScore": 90,
                     *           "validUntil": "2028-03-03T09:00:00.000Z"
                     *         }
                     *       ],
                     *       "debarmentProposals": [],
                     *       "debarments": [],
                     *       "notices": [],
                     *       "monitoring": []
                     *     }
                     */
                    "application/json": {
                        assessments: {
                            /** Format: date-time */
                            assessedAt: string;
                            assessor: string;
                            financeScore: number;
                            governanceScore: number;
                            rating: string;
                            serviceQualityScore: number;
                            /** Format: uuid */
                            supplierId: string;
                            totalScore: number;
                            /** Format: date-time */
                            validUntil: string;
                        }[];
                        debarmentProposals: unknown[];
                        debarments: unknown[];
                        debarred: boolean;
                        kind: string;
                        monitoring: unknown[];
                        name: string;
                        notices: unknown[];
                        rating: string;
                        /** Format: date-time */
                        registeredAt: string;
                        registrationNumber: string;
                        /** Format: uuid */
                        supplierId: string;
                        underEnhancedMonitoring: boolean;
                    };
                };
            };
            /** @description VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:VALIDATION_FAILED",
                     *       "status": 400,
                     *       "code": "VALIDATION_FAILED",
                     *       "detail": "VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON",
                     *       "instance": "/api/v1/suppliers/{id}",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid one (`WWW-Authenticate` says why) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:UNAUTHENTICATED",
                     *       "status": 401,
                     *       "code": "UNAUTHENTICATED",
                     *       "detail": "UNAUTHENTICATED",
                     *       "instance": "/api/v1/suppliers/{id}",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN: the role may not call this route, or not on this resource (another agency, supplier, or not assigned) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:FORBIDDEN",
                     *       "status": 403,
                     *       "code": "FORBIDDEN",
                     *       "detail": "FORBIDDEN",
                     *       "instance": "/api/v1/suppliers/{id}",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND or a domain <X>_NOT_FOUND: no such entity */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:NOT_FOUND",
                     *       "status": 404,
                     *       "code": "NOT_FOUND",
                     *       "detail": "NOT_FOUND or a domain <X>_NOT_FOUND",
                     *       "instance": "/api/v1/suppliers/{id}",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL: a bug; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:INTERNAL",
                     *       "status": 500,
                     *       "code": "INTERNAL",
                     *       "detail": "INTERNAL",
                     *       "instance": "/api/v1/suppliers/{id}",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description STORE_UNAVAILABLE / AUTH_UNAVAILABLE: retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:STORE_UNAVAILABLE",
                     *       "status": 503,
                     *       "code": "STORE_UNAVAILABLE",
                     *       "detail": "STORE_UNAVAILABLE / AUTH_UNAVAILABLE",
                     *       "instance": "/api/v1/suppliers/{id}",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    SuppliersController_propose: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body returns the first response */
                "Idempotency-Key"?: string;
                /** @description The ETag last read (e.g. "7"); a stale one is 412 */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProposeDebarmentDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:VALIDATION_FAILED",
                     *       "status": 400,
                     *       "code": "VALIDATION_FAILED",
                     *       "detail": "VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON",
                     *       "instance": "/api/v1/suppliers/{id}/debarment-proposals",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid one (`WWW-Authenticate` says why) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:UNAUTHENTICATED",
                     *       "status": 401,
                     *       "code": "UNAUTHENTICATED",
                     *       "detail": "UNAUTHENTICATED",
                     *       "instance": "/api/v1/suppliers/{id}/debarment-proposals",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN: the role may not call this route, or not on this resource (another agency, supplier, or not assigned) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:FORBIDDEN",
                     *       "status": 403,
                     *       "code": "FORBIDDEN",
                     *       "detail": "FORBIDDEN",
                     *       "instance": "/api/v1/suppliers/{id}/debarment-proposals",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND or a domain <X>_NOT_FOUND: no such entity */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:NOT_FOUND",
                     *       "status": 404,
                     *       "code": "NOT_FOUND",
                     *       "detail": "NOT_FOUND or a domain <X>_NOT_FOUND",
                     *       "instance": "/api/v1/suppliers/{id}/debarment-proposals",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A rule refused the command (its domain code, e.g. TENDER_CLOSED), or WRONG_EXPECTED_REVISION / IDEMPOTENCY_KEY_IN_PROGRESS; nothing was written */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:TENDER_CLOSED",
                     *       "status": 409,
                     *       "code": "TENDER_CLOSED",
                     *       "detail": "A rule refused the command (its domain code, e.g. TENDER_CLOSED), or WRONG_EXPECTED_REVISION / IDEMPOTENCY_KEY_IN_PROGRESS; nothing was written",
                     *       "instance": "/api/v1/suppliers/{id}/debarment-proposals",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PRECONDITION_FAILED: the If-Match revision is stale (`currentRevision` gives the current one) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:PRECONDITION_FAILED",
                     *       "status": 412,
                     *       "code": "PRECONDITION_FAILED",
                     *       "detail": "PRECONDITION_FAILED",
                     *       "instance": "/api/v1/suppliers/{id}/debarment-proposals",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: body over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:PAYLOAD_TOO_LARGE",
                     *       "status": 413,
                     *       "code": "PAYLOAD_TOO_LARGE",
                     *       "detail": "PAYLOAD_TOO_LARGE",
                     *       "instance": "/api/v1/suppliers/{id}/debarment-proposals",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is not application/json, or has a Content-Encoding other than identity */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:UNSUPPORTED_MEDIA_TYPE",
                     *       "status": 415,
                     *       "code": "UNSUPPORTED_MEDIA_TYPE",
                     *       "detail": "UNSUPPORTED_MEDIA_TYPE",
                     *       "instance": "/api/v1/suppliers/{id}/debarment-proposals",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: the Idempotency-Key was used with another body or route */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:IDEMPOTENCY_KEY_REUSED",
                     *       "status": 422,
                     *       "code": "IDEMPOTENCY_KEY_REUSED",
                     *       "detail": "IDEMPOTENCY_KEY_REUSED",
                     *       "instance": "/api/v1/suppliers/{id}/debarment-proposals",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL: a bug; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:INTERNAL",
                     *       "status": 500,
                     *       "code": "INTERNAL",
                     *       "detail": "INTERNAL",
                     *       "instance": "/api/v1/suppliers/{id}/debarment-proposals",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description STORE_UNAVAILABLE / AUTH_UNAVAILABLE: retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:STORE_UNAVAILABLE",
                     *       "status": 503,
                     *       "code": "STORE_UNAVAILABLE",
                     *       "detail": "STORE_UNAVAILABLE / AUTH_UNAVAILABLE",
                     *       "instance": "/api/v1/suppliers/{id}/debarment-proposals",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    SuppliersController_debar: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body returns the first response */
                "Idempotency-Key"?: string;
                /** @description The ETag last read (e.g. "7"); a stale one is 412 */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DebarSupplierDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:VALIDATION_FAILED",
                     *       "status": 400,
                     *       "code": "VALIDATION_FAILED",
                     *       "detail": "VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON",
                     *       "instance": "/api/v1/suppliers/{id}/debarments",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid one (`WWW-Authenticate` says why) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:UNAUTHENTICATED",
                     *       "status": 401,
                     *       "code": "UNAUTHENTICATED",
                     *       "detail": "UNAUTHENTICATED",
                     *       "instance": "/api/v1/suppliers/{id}/debarments",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN: the role may not call this route, or not on this resource (another agency, supplier, or not assigned) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:FORBIDDEN",
                     *       "status": 403,
                     *       "code": "FORBIDDEN",
                     *       "detail": "FORBIDDEN",
                     *       "instance": "/api/v1/suppliers/{id}/debarments",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND or a domain <X>_NOT_FOUND: no such entity */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:NOT_FOUND",
                     *       "status": 404,
                     *       "code": "NOT_FOUND",
                     *       "detail": "NOT_FOUND or a domain <X>_NOT_FOUND",
                     *       "instance": "/api/v1/suppliers/{id}/debarments",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A rule refused the command (its domain code, e.g. TENDER_CLOSED), or WRONG_EXPECTED_REVISION / IDEMPOTENCY_KEY_IN_PROGRESS; nothing was written */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:TENDER_CLOSED",
                     *       "status": 409,
                     *       "code": "TENDER_CLOSED",
                     *       "detail": "A rule refused the command (its domain code, e.g. TENDER_CLOSED), or WRONG_EXPECTED_REVISION / IDEMPOTENCY_KEY_IN_PROGRESS; nothing was written",
                     *       "instance": "/api/v1/suppliers/{id}/debarments",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PRECONDITION_FAILED: the If-Match revision is stale (`currentRevision` gives the current one) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:PRECONDITION_FAILED",
                     *       "status": 412,
                     *       "code": "PRECONDITION_FAILED",
                     *       "detail": "PRECONDITION_FAILED",
                     *       "instance": "/api/v1/suppliers/{id}/debarments",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: body over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:PAYLOAD_TOO_LARGE",
                     *       "status": 413,
                     *       "code": "PAYLOAD_TOO_LARGE",
                     *       "detail": "PAYLOAD_TOO_LARGE",
                     *       "instance": "/api/v1/suppliers/{id}/debarments",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is not application/json, or has a Content-Encoding other than identity */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:UNSUPPORTED_MEDIA_TYPE",
                     *       "status": 415,
                     *       "code": "UNSUPPORTED_MEDIA_TYPE",
                     *       "detail": "UNSUPPORTED_MEDIA_TYPE",
                     *       "instance": "/api/v1/suppliers/{id}/debarments",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: the Idempotency-Key was used with another body or route */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:IDEMPOTENCY_KEY_REUSED",
                     *       "status": 422,
                     *       "code": "IDEMPOTENCY_KEY_REUSED",
                     *       "detail": "IDEMPOTENCY_KEY_REUSED",
                     *       "instance": "/api/v1/suppliers/{id}/debarments",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL: a bug; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:INTERNAL",
                     *       "status": 500,
                     *       "code": "INTERNAL",
                     *       "detail": "INTERNAL",
                     *       "instance": "/api/v1/suppliers/{id}/debarments",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description STORE_UNAVAILABLE / AUTH_UNAVAILABLE: retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:STORE_UNAVAILABLE",
                     *       "status": 503,
                     *       "code": "STORE_UNAVAILABLE",
                     *       "detail": "STORE_UNAVAILABLE / AUTH_UNAVAILABLE",
                     *       "instance": "/api/v1/suppliers/{id}/debarments",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    SuppliersController_correct: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body returns the first response */
                "Idempotency-Key"?: string;
                /** @description The ETag last read (e.g. "7"); a stale one is 412 */
                "If-Match"?: string;
            };
            path: {
                debarmentId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CorrectDebarmentDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:VALIDATION_FAILED",
                     *       "status": 400,
                     *       "code": "VALIDATION_FAILED",
                     *       "detail": "VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON",
                     *       "instance": "/api/v1/suppliers/{id}/debarments/{debarmentId}/correction",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid one (`WWW-Authenticate` says why) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:UNAUTHENTICATED",
                     *       "status": 401,
                     *       "code": "UNAUTHENTICATED",
                     *       "detail": "UNAUTHENTICATED",
                     *       "instance": "/api/v1/suppliers/{id}/debarments/{debarmentId}/correction",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN: the role may not call this route, or not on this resource (another agency, supplier, or not assigned) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:FORBIDDEN",
                     *       "status": 403,
                     *       "code": "FORBIDDEN",
                     *       "detail": "FORBIDDEN",
                     *       "instance": "/api/v1/suppliers/{id}/debarments/{debarmentId}/correction",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND or a domain <X>_NOT_FOUND: no such entity */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:NOT_FOUND",
                     *       "status": 404,
                     *       "code": "NOT_FOUND",
                     *       "detail": "NOT_FOUND or a domain <X>_NOT_FOUND",
                     *       "instance": "/api/v1/suppliers/{id}/debarments/{debarmentId}/correction",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A rule refused the command (its domain code, e.g. TENDER_CLOSED), or WRONG_EXPECTED_REVISION / IDEMPOTENCY_KEY_IN_PROGRESS; nothing was written */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:TENDER_CLOSED",
                     *       "status": 409,
                     *       "code": "TENDER_CLOSED",
                     *       "detail": "A rule refused the command (its domain code, e.g. TENDER_CLOSED), or WRONG_EXPECTED_REVISION / IDEMPOTENCY_KEY_IN_PROGRESS; nothing was written",
                     *       "instance": "/api/v1/suppliers/{id}/debarments/{debarmentId}/correction",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PRECONDITION_FAILED: the If-Match revision is stale (`currentRevision` gives the current one) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:PRECONDITION_FAILED",
                     *       "status": 412,
                     *       "code": "PRECONDITION_FAILED",
                     *       "detail": "PRECONDITION_FAILED",
                     *       "instance": "/api/v1/suppliers/{id}/debarments/{debarmentId}/correction",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: body over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:PAYLOAD_TOO_LARGE",
                     *       "status": 413,
                     *       "code": "PAYLOAD_TOO_LARGE",
                     *       "detail": "PAYLOAD_TOO_LARGE",
                     *       "instance": "/api/v1/suppliers/{id}/debarments/{debarmentId}/correction",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is not application/json, or has a Content-Encoding other than identity */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:UNSUPPORTED_MEDIA_TYPE",
                     *       "status": 415,
                     *       "code": "UNSUPPORTED_MEDIA_TYPE",
                     *       "detail": "UNSUPPORTED_MEDIA_TYPE",
                     *       "instance": "/api/v1/suppliers/{id}/debarments/{debarmentId}/correction",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: the Idempotency-Key was used with another body or route */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:IDEMPOTENCY_KEY_REUSED",
                     *       "status": 422,
                     *       "code": "IDEMPOTENCY_KEY_REUSED",
                     *       "detail": "IDEMPOTENCY_KEY_REUSED",
                     *       "instance": "/api/v1/suppliers/{id}/debarments/{debarmentId}/correction",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL: a bug; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:INTERNAL",
                     *       "status": 500,
                     *       "code": "INTERNAL",
                     *       "detail": "INTERNAL",
                     *       "instance": "/api/v1/suppliers/{id}/debarments/{debarmentId}/correction",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description STORE_UNAVAILABLE / AUTH_UNAVAILABLE: retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:STORE_UNAVAILABLE",
                     *       "status": 503,
                     *       "code": "STORE_UNAVAILABLE",
                     *       "detail": "STORE_UNAVAILABLE / AUTH_UNAVAILABLE",
                     *       "instance": "/api/v1/suppliers/{id}/debarments/{debarmentId}/correction",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    SuppliersController_lift: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body returns the first response */
                "Idempotency-Key"?: string;
                /** @description The ETag last read (e.g. "7"); a stale one is 412 */
                "If-Match"?: string;
            };
            path: {
                debarmentId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LiftDebarmentDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:VALIDATION_FAILED",
                     *       "status": 400,
                     *       "code": "VALIDATION_FAILED",
                     *       "detail": "VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON",
                     *       "instance": "/api/v1/suppliers/{id}/debarments/{debarmentId}/lift",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid one (`WWW-Authenticate` says why) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:UNAUTHENTICATED",
                     *       "status": 401,
                     *       "code": "UNAUTHENTICATED",
                     *       "detail": "UNAUTHENTICATED",
                     *       "instance": "/api/v1/suppliers/{id}/debarments/{debarmentId}/lift",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN: the role may not call this route, or not on this resource (another agency, supplier, or not assigned) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:FORBIDDEN",
                     *       "status": 403,
                     *       "code": "FORBIDDEN",
                     *       "detail": "FORBIDDEN",
                     *       "instance": "/api/v1/suppliers/{id}/debarments/{debarmentId}/lift",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND or a domain <X>_NOT_FOUND: no such entity */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:NOT_FOUND",
                     *       "status": 404,
                     *       "code": "NOT_FOUND",
                     *       "detail": "NOT_FOUND or a domain <X>_NOT_FOUND",
                     *       "instance": "/api/v1/suppliers/{id}/debarments/{debarmentId}/lift",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A rule refused the command (its domain code, e.g. TENDER_CLOSED), or WRONG_EXPECTED_REVISION / IDEMPOTENCY_KEY_IN_PROGRESS; nothing was written */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:TENDER_CLOSED",
                     *       "status": 409,
                     *       "code": "TENDER_CLOSED",
                     *       "detail": "A rule refused the command (its domain code, e.g. TENDER_CLOSED), or WRONG_EXPECTED_REVISION / IDEMPOTENCY_KEY_IN_PROGRESS; nothing was written",
                     *       "instance": "/api/v1/suppliers/{id}/debarments/{debarmentId}/lift",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PRECONDITION_FAILED: the If-Match revision is stale (`currentRevision` gives the current one) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:PRECONDITION_FAILED",
                     *       "status": 412,
                     *       "code": "PRECONDITION_FAILED",
                     *       "detail": "PRECONDITION_FAILED",
                     *       "instance": "/api/v1/suppliers/{id}/debarments/{debarmentId}/lift",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: body over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:PAYLOAD_TOO_LARGE",
                     *       "status": 413,
                     *       "code": "PAYLOAD_TOO_LARGE",
                     *       "detail": "PAYLOAD_TOO_LARGE",
                     *       "instance": "/api/v1/suppliers/{id}/debarments/{debarmentId}/lift",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is not application/json, or has a Content-Encoding other than identity */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:UNSUPPORTED_MEDIA_TYPE",
                     *       "status": 415,
                     *       "code": "UNSUPPORTED_MEDIA_TYPE",
                     *       "detail": "UNSUPPORTED_MEDIA_TYPE",
                     *       "instance": "/api/v1/suppliers/{id}/debarments/{debarmentId}/lift",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: the Idempotency-Key was used with another body or route */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:IDEMPOTENCY_KEY_REUSED",
                     *       "status": 422,
                     *       "code": "IDEMPOTENCY_KEY_REUSED",
                     *       "detail": "IDEMPOTENCY_KEY_REUSED",
                     *       "instance": "/api/v1/suppliers/{id}/debarments/{debarmentId}/lift",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL: a bug; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:INTERNAL",
                     *       "status": 500,
                     *       "code": "INTERNAL",
                     *       "detail": "INTERNAL",
                     *       "instance": "/api/v1/suppliers/{id}/debarments/{debarmentId}/lift",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description STORE_UNAVAILABLE / AUTH_UNAVAILABLE: retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:STORE_UNAVAILABLE",
                     *       "status": 503,
                     *       "code": "STORE_UNAVAILABLE",
                     *       "detail": "STORE_UNAVAILABLE / AUTH_UNAVAILABLE",
                     *       "instance": "/api/v1/suppliers/{id}/debarments/{debarmentId}/lift",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    SuppliersController_monitor: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body returns the first response */
                "Idempotency-Key"?: string;
                /** @description The ETag last read (e.g. "7"); a stale one is 412 */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlaceUnderMonitoringDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:VALIDATION_FAILED",
                     *       "status": 400,
                     *       "code": "VALIDATION_FAILED",
                     *       "detail": "VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON",
                     *       "instance": "/api/v1/suppliers/{id}/monitoring",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid one (`WWW-Authenticate` says why) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:UNAUTHENTICATED",
                     *       "status": 401,
                     *       "code": "UNAUTHENTICATED",
                     *       "detail": "UNAUTHENTICATED",
                     *       "instance": "/api/v1/suppliers/{id}/monitoring",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN: the role may not call this route, or not on this resource (another agency, supplier, or not assigned) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:FORBIDDEN",
                     *       "status": 403,
                     *       "code": "FORBIDDEN",
                     *       "detail": "FORBIDDEN",
                     *       "instance": "/api/v1/suppliers/{id}/monitoring",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND or a domain <X>_NOT_FOUND: no such entity */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:NOT_FOUND",
                     *       "status": 404,
                     *       "code": "NOT_FOUND",
                     *       "detail": "NOT_FOUND or a domain <X>_NOT_FOUND",
                     *       "instance": "/api/v1/suppliers/{id}/monitoring",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A rule refused the command (its domain code, e.g. TENDER_CLOSED), or WRONG_EXPECTED_REVISION / IDEMPOTENCY_KEY_IN_PROGRESS; nothing was written */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:TENDER_CLOSED",
                     *       "status": 409,
                     *       "code": "TENDER_CLOSED",
                     *       "detail": "A rule refused the command (its domain code, e.g. TENDER_CLOSED), or WRONG_EXPECTED_REVISION / IDEMPOTENCY_KEY_IN_PROGRESS; nothing was written",
                     *       "instance": "/api/v1/suppliers/{id}/monitoring",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PRECONDITION_FAILED: the If-Match revision is stale (`currentRevision` gives the current one) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:PRECONDITION_FAILED",
                     *       "status": 412,
                     *       "code": "PRECONDITION_FAILED",
                     *       "detail": "PRECONDITION_FAILED",
                     *       "instance": "/api/v1/suppliers/{id}/monitoring",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: body over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:PAYLOAD_TOO_LARGE",
                     *       "status": 413,
                     *       "code": "PAYLOAD_TOO_LARGE",
                     *       "detail": "PAYLOAD_TOO_LARGE",
                     *       "instance": "/api/v1/suppliers/{id}/monitoring",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is not application/json, or has a Content-Encoding other than identity */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:UNSUPPORTED_MEDIA_TYPE",
                     *       "status": 415,
                     *       "code": "UNSUPPORTED_MEDIA_TYPE",
                     *       "detail": "UNSUPPORTED_MEDIA_TYPE",
                     *       "instance": "/api/v1/suppliers/{id}/monitoring",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: the Idempotency-Key was used with another body or route */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:IDEMPOTENCY_KEY_REUSED",
                     *       "status": 422,
                     *       "code": "IDEMPOTENCY_KEY_REUSED",
                     *       "detail": "IDEMPOTENCY_KEY_REUSED",
                     *       "instance": "/api/v1/suppliers/{id}/monitoring",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL: a bug; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:INTERNAL",
                     *       "status": 500,
                     *       "code": "INTERNAL",
                     *       "detail": "INTERNAL",
                     *       "instance": "/api/v1/suppliers/{id}/monitoring",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description STORE_UNAVAILABLE / AUTH_UNAVAILABLE: retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:STORE_UNAVAILABLE",
                     *       "status": 503,
                     *       "code": "STORE_UNAVAILABLE",
                     *       "detail": "STORE_UNAVAILABLE / AUTH_UNAVAILABLE",
                     *       "instance": "/api/v1/suppliers/{id}/monitoring",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    SuppliersController_endMonitoring: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body returns the first response */
                "Idempotency-Key"?: string;
                /** @description The ETag last read (e.g. "7"); a stale one is 412 */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EndMonitoringDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:VALIDATION_FAILED",
                     *       "status": 400,
                     *       "code": "VALIDATION_FAILED",
                     *       "detail": "VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON",
                     *       "instance": "/api/v1/suppliers/{id}/monitoring/end",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid one (`WWW-Authenticate` says why) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:UNAUTHENTICATED",
                     *       "status": 401,
                     *       "code": "UNAUTHENTICATED",
                     *       "detail": "UNAUTHENTICATED",
                     *       "instance": "/api/v1/suppliers/{id}/monitoring/end",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN: the role may not call this route, or not on this resource (another agency, supplier, or not assigned) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:FORBIDDEN",
                     *       "status": 403,
                     *       "code": "FORBIDDEN",
                     *       "detail": "FORBIDDEN",
                     *       "instance": "/api/v1/suppliers/{id}/monitoring/end",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND or a domain <X>_NOT_FOUND: no such entity */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:NOT_FOUND",
                     *       "status": 404,
                     *       "code": "NOT_FOUND",
                     *       "detail": "NOT_FOUND or a domain <X>_NOT_FOUND",
                     *       "instance": "/api/v1/suppliers/{id}/monitoring/end",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A rule refused the command (its domain code, e.g. TENDER_CLOSED), or WRONG_EXPECTED_REVISION / IDEMPOTENCY_KEY_IN_PROGRESS; nothing was written */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:TENDER_CLOSED",
                     *       "status": 409,
                     *       "code": "TENDER_CLOSED",
                     *       "detail": "A rule refused the command (its domain code, e.g. TENDER_CLOSED), or WRONG_EXPECTED_REVISION / IDEMPOTENCY_KEY_IN_PROGRESS; nothing was written",
                     *       "instance": "/api/v1/suppliers/{id}/monitoring/end",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PRECONDITION_FAILED: the If-Match revision is stale (`currentRevision` gives the current one) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:PRECONDITION_FAILED",
                     *       "status": 412,
                     *       "code": "PRECONDITION_FAILED",
                     *       "detail": "PRECONDITION_FAILED",
                     *       "instance": "/api/v1/suppliers/{id}/monitoring/end",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: body over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:PAYLOAD_TOO_LARGE",
                     *       "status": 413,
                     *       "code": "PAYLOAD_TOO_LARGE",
                     *       "detail": "PAYLOAD_TOO_LARGE",
                     *       "instance": "/api/v1/suppliers/{id}/monitoring/end",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is not application/json, or has a Content-Encoding other than identity */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:UNSUPPORTED_MEDIA_TYPE",
                     *       "status": 415,
                     *       "code": "UNSUPPORTED_MEDIA_TYPE",
                     *       "detail": "UNSUPPORTED_MEDIA_TYPE",
                     *       "instance": "/api/v1/suppliers/{id}/monitoring/end",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: the Idempotency-Key was used with another body or route */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:IDEMPOTENCY_KEY_REUSED",
                     *       "status": 422,
                     *       "code": "IDEMPOTENCY_KEY_REUSED",
                     *       "detail": "IDEMPOTENCY_KEY_REUSED",
                     *       "instance": "/api/v1/suppliers/{id}/monitoring/end",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL: a bug; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:INTERNAL",
                     *       "status": 500,
                     *       "code": "INTERNAL",
                     *       "detail": "INTERNAL",
                     *       "instance": "/api/v1/suppliers/{id}/monitoring/end",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description STORE_UNAVAILABLE / AUTH_UNAVAILABLE: retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:STORE_UNAVAILABLE",
                     *       "status": 503,
                     *       "code": "STORE_UNAVAILABLE",
                     *       "detail": "STORE_UNAVAILABLE / AUTH_UNAVAILABLE",
                     *       "instance": "/api/v1/suppliers/{id}/monitoring/end",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    SuppliersController_notice: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body returns the first response */
                "Idempotency-Key"?: string;
                /** @description The ETag last read (e.g. "7"); a stale one is 412 */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublishNoticeDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:VALIDATION_FAILED",
                     *       "status": 400,
                     *       "code": "VALIDATION_FAILED",
                     *       "detail": "VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON",
                     *       "instance": "/api/v1/suppliers/{id}/notices",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid one (`WWW-Authenticate` says why) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:UNAUTHENTICATED",
                     *       "status": 401,
                     *       "code": "UNAUTHENTICATED",
                     *       "detail": "UNAUTHENTICATED",
                     *       "instance": "/api/v1/suppliers/{id}/notices",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN: the role may not call this route, or not on this resource (another agency, supplier, or not assigned) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:FORBIDDEN",
                     *       "status": 403,
                     *       "code": "FORBIDDEN",
                     *       "detail": "FORBIDDEN",
                     *       "instance": "/api/v1/suppliers/{id}/notices",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND or a domain <X>_NOT_FOUND: no such entity */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:NOT_FOUND",
                     *       "status": 404,
                     *       "code": "NOT_FOUND",
                     *       "detail": "NOT_FOUND or a domain <X>_NOT_FOUND",
                     *       "instance": "/api/v1/suppliers/{id}/notices",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A rule refused the command (its domain code, e.g. TENDER_CLOSED), or WRONG_EXPECTED_REVISION / IDEMPOTENCY_KEY_IN_PROGRESS; nothing was written */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:TENDER_CLOSED",
                     *       "status": 409,
                     *       "code": "TENDER_CLOSED",
                     *       "detail": "A rule refused the command (its domain code, e.g. TENDER_CLOSED), or WRONG_EXPECTED_REVISION / IDEMPOTENCY_KEY_IN_PROGRESS; nothing was written",
                     *       "instance": "/api/v1/suppliers/{id}/notices",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PRECONDITION_FAILED: the If-Match revision is stale (`currentRevision` gives the current one) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:PRECONDITION_FAILED",
                     *       "status": 412,
                     *       "code": "PRECONDITION_FAILED",
                     *       "detail": "PRECONDITION_FAILED",
                     *       "instance": "/api/v1/suppliers/{id}/notices",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: body over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:PAYLOAD_TOO_LARGE",
                     *       "status": 413,
                     *       "code": "PAYLOAD_TOO_LARGE",
                     *       "detail": "PAYLOAD_TOO_LARGE",
                     *       "instance": "/api/v1/suppliers/{id}/notices",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is not application/json, or has a Content-Encoding other than identity */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:UNSUPPORTED_MEDIA_TYPE",
                     *       "status": 415,
                     *       "code": "UNSUPPORTED_MEDIA_TYPE",
                     *       "detail": "UNSUPPORTED_MEDIA_TYPE",
                     *       "instance": "/api/v1/suppliers/{id}/notices",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: the Idempotency-Key was used with another body or route */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:IDEMPOTENCY_KEY_REUSED",
                     *       "status": 422,
                     *       "code": "IDEMPOTENCY_KEY_REUSED",
                     *       "detail": "IDEMPOTENCY_KEY_REUSED",
                     *       "instance": "/api/v1/suppliers/{id}/notices",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL: a bug; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:INTERNAL",
                     *       "status": 500,
                     *       "code": "INTERNAL",
                     *       "detail": "INTERNAL",
                     *       "instance": "/api/v1/suppliers/{id}/notices",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description STORE_UNAVAILABLE / AUTH_UNAVAILABLE: retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:STORE_UNAVAILABLE",
                     *       "status": 503,
                     *       "code": "STORE_UNAVAILABLE",
                     *       "detail": "STORE_UNAVAILABLE / AUTH_UNAVAILABLE",
                     *       "instance": "/api/v1/suppliers/{id}/notices",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    SuppliersController_assess: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body returns the first response */
                "Idempotency-Key"?: string;
                /** @description The ETag last read (e.g. "7"); a stale one is 412 */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssessQualificationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:VALIDATION_FAILED",
                     *       "status": 400,
                     *       "code": "VALIDATION_FAILED",
                     *       "detail": "VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON",
                     *       "instance": "/api/v1/suppliers/{id}/qualification",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid one (`WWW-Authenticate` says why) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:UNAUTHENTICATED",
                     *       "status": 401,
                     *       "code": "UNAUTHENTICATED",
                     *       "detail": "UNAUTHENTICATED",
                     *       "instance": "/api/v1/suppliers/{id}/qualification",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN: the role may not call this route, or not on this resource (another agency, supplier, or not assigned) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:FORBIDDEN",
                     *       "status": 403,
                     *       "code": "FORBIDDEN",
                     *       "detail": "FORBIDDEN",
                     *       "instance": "/api/v1/suppliers/{id}/qualification",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND or a domain <X>_NOT_FOUND: no such entity */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:NOT_FOUND",
                     *       "status": 404,
                     *       "code": "NOT_FOUND",
                     *       "detail": "NOT_FOUND or a domain <X>_NOT_FOUND",
                     *       "instance": "/api/v1/suppliers/{id}/qualification",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A rule refused the command (its domain code, e.g. TENDER_CLOSED), or WRONG_EXPECTED_REVISION / IDEMPOTENCY_KEY_IN_PROGRESS; nothing was written */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:TENDER_CLOSED",
                     *       "status": 409,
                     *       "code": "TENDER_CLOSED",
                     *       "detail": "A rule refused the command (its domain code, e.g. TENDER_CLOSED), or WRONG_EXPECTED_REVISION / IDEMPOTENCY_KEY_IN_PROGRESS; nothing was written",
                     *       "instance": "/api/v1/suppliers/{id}/qualification",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PRECONDITION_FAILED: the If-Match revision is stale (`currentRevision` gives the current one) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:PRECONDITION_FAILED",
                     *       "status": 412,
                     *       "code": "PRECONDITION_FAILED",
                     *       "detail": "PRECONDITION_FAILED",
                     *       "instance": "/api/v1/suppliers/{id}/qualification",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: body over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:PAYLOAD_TOO_LARGE",
                     *       "status": 413,
                     *       "code": "PAYLOAD_TOO_LARGE",
                     *       "detail": "PAYLOAD_TOO_LARGE",
                     *       "instance": "/api/v1/suppliers/{id}/qualification",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is not application/json, or has a Content-Encoding other than identity */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:UNSUPPORTED_MEDIA_TYPE",
                     *       "status": 415,
                     *       "code": "UNSUPPORTED_MEDIA_TYPE",
                     *       "detail": "UNSUPPORTED_MEDIA_TYPE",
                     *       "instance": "/api/v1/suppliers/{id}/qualification",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: the Idempotency-Key was used with another body or route */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:IDEMPOTENCY_KEY_REUSED",
                     *       "status": 422,
                     *       "code": "IDEMPOTENCY_KEY_REUSED",
                     *       "detail": "IDEMPOTENCY_KEY_REUSED",
                     *       "instance": "/api/v1/suppliers/{id}/qualification",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL: a bug; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:INTERNAL",
                     *       "status": 500,
                     *       "code": "INTERNAL",
                     *       "detail": "INTERNAL",
                     *       "instance": "/api/v1/suppliers/{id}/qualification",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description STORE_UNAVAILABLE / AUTH_UNAVAILABLE: retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:STORE_UNAVAILABLE",
                     *       "status": 503,
                     *       "code": "STORE_UNAVAILABLE",
                     *       "detail": "STORE_UNAVAILABLE / AUTH_UNAVAILABLE",
                     *       "instance": "/api/v1/suppliers/{id}/qualification",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    TenderListController_tenders: {
        parameters: {
            query?: {
                agencyId?: string;
                /** @description `nextCursor` of the previous page (same filters) */
                cursor?: string;
                limit?: number;
                /** @description How long to wait for minPosition, in ms (default and ceiling: LEDGER_READ_WAIT_MS, 5000) */
                maxWaitMs?: number;
                /** @description Global log position the answer must include: the `position` a command answered. The route waits until its read model has applied it, then answers; 504 PROJECTION_TIMEOUT if it does not in time */
                minPosition?: number;
                serviceCategory?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description { items, nextCursor } */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            agencyId: string;
                            awardedAmount: unknown;
                            awardedAt: unknown;
                            awardedSupplierId: unknown;
                            contractId: unknown;
                            contractSignedAt: unknown;
                            contractValue: unknown;
                            currency: string;
                            /** Format: date-time */
                            deadline: string;
                            estimatedValue: number;
                            method: string;
                            openedBids: unknown;
                            /** Format: date-time */
                            publishedAt: string;
                            serviceCategory: string;
                            status: string;
                            /** Format: uuid */
                            tenderId: string;
                            title: string;
                        }[];
                        nextCursor: unknown;
                    };
                };
            };
            /** @description VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:VALIDATION_FAILED",
                     *       "status": 400,
                     *       "code": "VALIDATION_FAILED",
                     *       "detail": "VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON",
                     *       "instance": "/api/v1/tenders",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL: a bug; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:INTERNAL",
                     *       "status": 500,
                     *       "code": "INTERNAL",
                     *       "detail": "INTERNAL",
                     *       "instance": "/api/v1/tenders",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description STORE_UNAVAILABLE / AUTH_UNAVAILABLE: retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:STORE_UNAVAILABLE",
                     *       "status": 503,
                     *       "code": "STORE_UNAVAILABLE",
                     *       "detail": "STORE_UNAVAILABLE / AUTH_UNAVAILABLE",
                     *       "instance": "/api/v1/tenders",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PROJECTION_TIMEOUT: the read model did not reach `minPosition` within `maxWaitMs`; retry after Retry-After */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:PROJECTION_TIMEOUT",
                     *       "status": 504,
                     *       "code": "PROJECTION_TIMEOUT",
                     *       "detail": "PROJECTION_TIMEOUT",
                     *       "instance": "/api/v1/tenders",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    TendersController_draft: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body returns the first response */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DraftTenderDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:VALIDATION_FAILED",
                     *       "status": 400,
                     *       "code": "VALIDATION_FAILED",
                     *       "detail": "VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON",
                     *       "instance": "/api/v1/tenders",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid one (`WWW-Authenticate` says why) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:UNAUTHENTICATED",
                     *       "status": 401,
                     *       "code": "UNAUTHENTICATED",
                     *       "detail": "UNAUTHENTICATED",
                     *       "instance": "/api/v1/tenders",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN: the role may not call this route, or not on this resource (another agency, supplier, or not assigned) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:FORBIDDEN",
                     *       "status": 403,
                     *       "code": "FORBIDDEN",
                     *       "detail": "FORBIDDEN",
                     *       "instance": "/api/v1/tenders",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A rule refused the command (its domain code, e.g. TENDER_CLOSED), or WRONG_EXPECTED_REVISION / IDEMPOTENCY_KEY_IN_PROGRESS; nothing was written */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:TENDER_CLOSED",
                     *       "status": 409,
                     *       "code": "TENDER_CLOSED",
                     *       "detail": "A rule refused the command (its domain code, e.g. TENDER_CLOSED), or WRONG_EXPECTED_REVISION / IDEMPOTENCY_KEY_IN_PROGRESS; nothing was written",
                     *       "instance": "/api/v1/tenders",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PRECONDITION_FAILED: the If-Match revision is stale (`currentRevision` gives the current one) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:PRECONDITION_FAILED",
                     *       "status": 412,
                     *       "code": "PRECONDITION_FAILED",
                     *       "detail": "PRECONDITION_FAILED",
                     *       "instance": "/api/v1/tenders",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: body over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:PAYLOAD_TOO_LARGE",
                     *       "status": 413,
                     *       "code": "PAYLOAD_TOO_LARGE",
                     *       "detail": "PAYLOAD_TOO_LARGE",
                     *       "instance": "/api/v1/tenders",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is not application/json, or has a Content-Encoding other than identity */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:UNSUPPORTED_MEDIA_TYPE",
                     *       "status": 415,
                     *       "code": "UNSUPPORTED_MEDIA_TYPE",
                     *       "detail": "UNSUPPORTED_MEDIA_TYPE",
                     *       "instance": "/api/v1/tenders",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: the Idempotency-Key was used with another body or route */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:IDEMPOTENCY_KEY_REUSED",
                     *       "status": 422,
                     *       "code": "IDEMPOTENCY_KEY_REUSED",
                     *       "detail": "IDEMPOTENCY_KEY_REUSED",
                     *       "instance": "/api/v1/tenders",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL: a bug; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:INTERNAL",
                     *       "status": 500,
                     *       "code": "INTERNAL",
                     *       "detail": "INTERNAL",
                     *       "instance": "/api/v1/tenders",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description STORE_UNAVAILABLE / AUTH_UNAVAILABLE: retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:STORE_UNAVAILABLE",
                     *       "status": 503,
                     *       "code": "STORE_UNAVAILABLE",
                     *       "detail": "STORE_UNAVAILABLE / AUTH_UNAVAILABLE",
                     *       "instance": "/api/v1/tenders",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    TendersController_read: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tender; ETag is its stream revision */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "tenderId": "01a24b10-1721-774b-b732-35bf935772b6",
                     *       "agencyId": "01a24b0f-fd9d-70c5-b98a-7db71eea4266",
                     *       "method": "open",
                     *       "status": "published",
                     *       "title": "Home care for elderly residents",
                     *       "serviceCategory": "elderly_care",
                     *       "estimatedValue": {
                     *         "amountMinor": 100000000,
                     *         "currency": "CNY"
                     *       },
                     *       "criteria": [
                     *         {
                     *           "criterionId": "price",
                     *           "name": "Price",
                     *           "weight": 40
                     *         }
                     *       ],
                     *       "eligibility": {
                     *         "invitedSupplierIds": [],
                     *         "minRating": "3A",
                     *         "supplierKinds": [
                     *           "social_organisation"
                     *         ]
                     *       },
                     *       "contractType": "short_term_project",
                     *       "paymentModel": "outcome_based",
                     *       "publishedAt": "2026-03-04T09:00:00.000Z",
                     *       "deadline": "2026-04-03T09:00:00.000Z",
                     *       "budgetLineId": "01a24b0f-ff9b-71d4-8e19-7fa9ce0cb900",
                     *       "directCommission": null,
                     *       "bids": {
                     *         "sealed": true,
                     *         "count": 1
                     *       },
                     *       "evaluators": [
                     *         {
                     *           "evaluatorId": "01a24b0f-fd9d-70c9-82aa-c1049b7064b7",
                     *           "conflictSupplierIds": []
                     *         }
                     *       ],
                     *       "standings": [],
                     *       "award": null,
                     *       "clarifications": [
                     *         {
                     *           "questionId": "01a24b10-1722-7000-8000-000000000001",
                     *           "question": "May two organisations bid together?",
                     *           "askedAt": "2026-03-05T09:00:00.000Z",
                     *           "answer": "Yes, as a consortium led by one of them",
                     *           "answeredAt": "2026-03-06T09:00:00.000Z",
                     *           "amendsConditions": false
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        /** Format: uuid */
                        agencyId: string;
                        award: unknown;
                        bids: {
                            count: number;
                            sealed: boolean;
                        };
                        /** Format: uuid */
                        budgetLineId: string;
                        clarifications: {
                            amendsConditions: boolean;
                            answer: string;
                            /** Format: date-time */
                            answeredAt: string;
                            /** Format: date-time */
                            askedAt: string;
                            question: string;
                            /** Format: uuid */
                            questionId: string;
                        }[];
                        contractType: string;
                        criteria: {
                            criterionId: string;
                            name: string;
                            weight: number;
                        }[];
                        /** Format: date-time */
                        deadline: string;
                        directCommission: unknown;
                        eligibility: {
                            invitedSupplierIds: unknown[];
                            minRating: string | null;
                            supplierKinds: string[];
                        };
                        estimatedValue: {
                            amountMinor: number;
                            currency: string;
                        };
                        evaluators: {
                            conflictSupplierIds: unknown[];
                            /** Format: uuid */
                            evaluatorId: string;
                        }[];
                        method: string;
                        paymentModel: string;
                        /** Format: date-time */
                        publishedAt: string;
                        serviceCategory: string;
                        standings: unknown[];
                        status: string;
                        /** Format: uuid */
                        tenderId: string;
                        title: string;
                    };
                };
            };
            /** @description VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:VALIDATION_FAILED",
                     *       "status": 400,
                     *       "code": "VALIDATION_FAILED",
                     *       "detail": "VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON",
                     *       "instance": "/api/v1/tenders/{id}",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid one (`WWW-Authenticate` says why) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:UNAUTHENTICATED",
                     *       "status": 401,
                     *       "code": "UNAUTHENTICATED",
                     *       "detail": "UNAUTHENTICATED",
                     *       "instance": "/api/v1/tenders/{id}",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN: the role may not call this route, or not on this resource (another agency, supplier, or not assigned) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:FORBIDDEN",
                     *       "status": 403,
                     *       "code": "FORBIDDEN",
                     *       "detail": "FORBIDDEN",
                     *       "instance": "/api/v1/tenders/{id}",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND or a domain <X>_NOT_FOUND: no such entity */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:NOT_FOUND",
                     *       "status": 404,
                     *       "code": "NOT_FOUND",
                     *       "detail": "NOT_FOUND or a domain <X>_NOT_FOUND",
                     *       "instance": "/api/v1/tenders/{id}",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL: a bug; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:INTERNAL",
                     *       "status": 500,
                     *       "code": "INTERNAL",
                     *       "detail": "INTERNAL",
                     *       "instance": "/api/v1/tenders/{id}",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description STORE_UNAVAILABLE / AUTH_UNAVAILABLE: retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:STORE_UNAVAILABLE",
                     *       "status": 503,
                     *       "code": "STORE_UNAVAILABLE",
                     *       "detail": "STORE_UNAVAILABLE / AUTH_UNAVAILABLE",
                     *       "instance": "/api/v1/tenders/{id}",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    TendersController_amend: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body returns the first response */
                "Idempotency-Key"?: string;
                /** @description The ETag last read (e.g. "7"); a stale one is 412 */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AmendTenderDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:VALIDATION_FAILED",
                     *       "status": 400,
                     *       "code": "VALIDATION_FAILED",
                     *       "detail": "VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON",
                     *       "instance": "/api/v1/tenders/{id}/amendments",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid one (`WWW-Authenticate` says why) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:UNAUTHENTICATED",
                     *       "status": 401,
                     *       "code": "UNAUTHENTICATED",
                     *       "detail": "UNAUTHENTICATED",
                     *       "instance": "/api/v1/tenders/{id}/amendments",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN: the role may not call this route, or not on this resource (another agency, supplier, or not assigned) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:FORBIDDEN",
                     *       "status": 403,
                     *       "code": "FORBIDDEN",
                     *       "detail": "FORBIDDEN",
                     *       "instance": "/api/v1/tenders/{id}/amendments",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND or a domain <X>_NOT_FOUND: no such entity */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:NOT_FOUND",
                     *       "status": 404,
                     *       "code": "NOT_FOUND",
                     *       "detail": "NOT_FOUND or a domain <X>_NOT_FOUND",
                     *       "instance": "/api/v1/tenders/{id}/amendments",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A rule refused the command (its domain code, e.g. TENDER_CLOSED), or WRONG_EXPECTED_REVISION / IDEMPOTENCY_KEY_IN_PROGRESS; nothing was written */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:TENDER_CLOSED",
                     *       "status": 409,
                     *       "code": "TENDER_CLOSED",
                     *       "detail": "A rule refused the command (its domain code, e.g. TENDER_CLOSED), or WRONG_EXPECTED_REVISION / IDEMPOTENCY_KEY_IN_PROGRESS; nothing was written",
                     *       "instance": "/api/v1/tenders/{id}/amendments",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PRECONDITION_FAILED: the If-Match revision is stale (`currentRevision` gives the current one) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:PRECONDITION_FAILED",
                     *       "status": 412,
                     *       "code": "PRECONDITION_FAILED",
                     *       "detail": "PRECONDITION_FAILED",
                     *       "instance": "/api/v1/tenders/{id}/amendments",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: body over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:PAYLOAD_TOO_LARGE",
                     *       "status": 413,
                     *       "code": "PAYLOAD_TOO_LARGE",
                     *       "detail": "PAYLOAD_TOO_LARGE",
                     *       "instance": "/api/v1/tenders/{id}/amendments",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is not application/json, or has a Content-Encoding other than identity */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:UNSUPPORTED_MEDIA_TYPE",
                     *       "status": 415,
                     *       "code": "UNSUPPORTED_MEDIA_TYPE",
                     *       "detail": "UNSUPPORTED_MEDIA_TYPE",
                     *       "instance": "/api/v1/tenders/{id}/amendments",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: the Idempotency-Key was used with another body or route */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:IDEMPOTENCY_KEY_REUSED",
                     *       "status": 422,
                     *       "code": "IDEMPOTENCY_KEY_REUSED",
                     *       "detail": "IDEMPOTENCY_KEY_REUSED",
                     *       "instance": "/api/v1/tenders/{id}/amendments",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL: a bug; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:INTERNAL",
                     *       "status": 500,
                     *       "code": "INTERNAL",
                     *       "detail": "INTERNAL",
                     *       "instance": "/api/v1/tenders/{id}/amendments",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description STORE_UNAVAILABLE / AUTH_UNAVAILABLE: retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:STORE_UNAVAILABLE",
                     *       "status": 503,
                     *       "code": "STORE_UNAVAILABLE",
                     *       "detail": "STORE_UNAVAILABLE / AUTH_UNAVAILABLE",
                     *       "instance": "/api/v1/tenders/{id}/amendments",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    TendersController_award: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body returns the first response */
                "Idempotency-Key"?: string;
                /** @description The ETag last read (e.g. "7"); a stale one is 412 */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AwardTenderDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:VALIDATION_FAILED",
                     *       "status": 400,
                     *       "code": "VALIDATION_FAILED",
                     *       "detail": "VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON",
                     *       "instance": "/api/v1/tenders/{id}/award",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid one (`WWW-Authenticate` says why) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:UNAUTHENTICATED",
                     *       "status": 401,
                     *       "code": "UNAUTHENTICATED",
                     *       "detail": "UNAUTHENTICATED",
                     *       "instance": "/api/v1/tenders/{id}/award",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN: the role may not call this route, or not on this resource (another agency, supplier, or not assigned) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:FORBIDDEN",
                     *       "status": 403,
                     *       "code": "FORBIDDEN",
                     *       "detail": "FORBIDDEN",
                     *       "instance": "/api/v1/tenders/{id}/award",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND or a domain <X>_NOT_FOUND: no such entity */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:NOT_FOUND",
                     *       "status": 404,
                     *       "code": "NOT_FOUND",
                     *       "detail": "NOT_FOUND or a domain <X>_NOT_FOUND",
                     *       "instance": "/api/v1/tenders/{id}/award",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A rule refused the command (its domain code, e.g. TENDER_CLOSED), or WRONG_EXPECTED_REVISION / IDEMPOTENCY_KEY_IN_PROGRESS; nothing was written */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:TENDER_CLOSED",
                     *       "status": 409,
                     *       "code": "TENDER_CLOSED",
                     *       "detail": "A rule refused the command (its domain code, e.g. TENDER_CLOSED), or WRONG_EXPECTED_REVISION / IDEMPOTENCY_KEY_IN_PROGRESS; nothing was written",
                     *       "instance": "/api/v1/tenders/{id}/award",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PRECONDITION_FAILED: the If-Match revision is stale (`currentRevision` gives the current one) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:PRECONDITION_FAILED",
                     *       "status": 412,
                     *       "code": "PRECONDITION_FAILED",
                     *       "detail": "PRECONDITION_FAILED",
                     *       "instance": "/api/v1/tenders/{id}/award",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: body over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:PAYLOAD_TOO_LARGE",
                     *       "status": 413,
                     *       "code": "PAYLOAD_TOO_LARGE",
                     *       "detail": "PAYLOAD_TOO_LARGE",
                     *       "instance": "/api/v1/tenders/{id}/award",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is not application/json, or has a Content-Encoding other than identity */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:UNSUPPORTED_MEDIA_TYPE",
                     *       "status": 415,
                     *       "code": "UNSUPPORTED_MEDIA_TYPE",
                     *       "detail": "UNSUPPORTED_MEDIA_TYPE",
                     *       "instance": "/api/v1/tenders/{id}/award",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: the Idempotency-Key was used with another body or route */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:IDEMPOTENCY_KEY_REUSED",
                     *       "status": 422,
                     *       "code": "IDEMPOTENCY_KEY_REUSED",
                     *       "detail": "IDEMPOTENCY_KEY_REUSED",
                     *       "instance": "/api/v1/tenders/{id}/award",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL: a bug; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:INTERNAL",
                     *       "status": 500,
                     *       "code": "INTERNAL",
                     *       "detail": "INTERNAL",
                     *       "instance": "/api/v1/tenders/{id}/award",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description STORE_UNAVAILABLE / AUTH_UNAVAILABLE: retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:STORE_UNAVAILABLE",
                     *       "status": 503,
                     *       "code": "STORE_UNAVAILABLE",
                     *       "detail": "STORE_UNAVAILABLE / AUTH_UNAVAILABLE",
                     *       "instance": "/api/v1/tenders/{id}/award",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    TendersController_bids: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The bids; ETag is the tender stream revision, for a supplier a weak tag of the body (others' bids move the revision) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "tenderId": "01a24b10-1721-774b-b732-35bf935772b6",
                     *       "sealed": true,
                     *       "count": 1,
                     *       "bids": []
                     *     }
                     */
                    "application/json": {
                        bids: unknown[];
                        count: number;
                        sealed: boolean;
                        /** Format: uuid */
                        tenderId: string;
                    };
                };
            };
            /** @description VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:VALIDATION_FAILED",
                     *       "status": 400,
                     *       "code": "VALIDATION_FAILED",
                     *       "detail": "VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON",
                     *       "instance": "/api/v1/tenders/{id}/bids",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid one (`WWW-Authenticate` says why) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:UNAUTHENTICATED",
                     *       "status": 401,
                     *       "code": "UNAUTHENTICATED",
                     *       "detail": "UNAUTHENTICATED",
                     *       "instance": "/api/v1/tenders/{id}/bids",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN: the role may not call this route, or not on this resource (another agency, supplier, or not assigned) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:FORBIDDEN",
                     *       "status": 403,
                     *       "code": "FORBIDDEN",
                     *       "detail": "FORBIDDEN",
                     *       "instance": "/api/v1/tenders/{id}/bids",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND or a domain <X>_NOT_FOUND: no such entity */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:NOT_FOUND",
                     *       "status": 404,
                     *       "code": "NOT_FOUND",
                     *       "detail": "NOT_FOUND or a domain <X>_NOT_FOUND",
                     *       "instance": "/api/v1/tenders/{id}/bids",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL: a bug; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:INTERNAL",
                     *       "status": 500,
                     *       "code": "INTERNAL",
                     *       "detail": "INTERNAL",
                     *       "instance": "/api/v1/tenders/{id}/bids",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description STORE_UNAVAILABLE / AUTH_UNAVAILABLE: retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:STORE_UNAVAILABLE",
                     *       "status": 503,
                     *       "code": "STORE_UNAVAILABLE",
                     *       "detail": "STORE_UNAVAILABLE / AUTH_UNAVAILABLE",
                     *       "instance": "/api/v1/tenders/{id}/bids",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    TendersController_submit: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body returns the first response */
                "Idempotency-Key"?: string;
                /** @description Only `*` (no pin): this stream's revision moves with sealed bids, which the caller may not know of (ADR 0006 decision 6); a revision is 400 */
                "If-Match"?: "*";
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitBidDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:VALIDATION_FAILED",
                     *       "status": 400,
                     *       "code": "VALIDATION_FAILED",
                     *       "detail": "VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON",
                     *       "instance": "/api/v1/tenders/{id}/bids",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid one (`WWW-Authenticate` says why) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:UNAUTHENTICATED",
                     *       "status": 401,
                     *       "code": "UNAUTHENTICATED",
                     *       "detail": "UNAUTHENTICATED",
                     *       "instance": "/api/v1/tenders/{id}/bids",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN: the role may not call this route, or not on this resource (another agency, supplier, or not assigned) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:FORBIDDEN",
                     *       "status": 403,
                     *       "code": "FORBIDDEN",
                     *       "detail": "FORBIDDEN",
                     *       "instance": "/api/v1/tenders/{id}/bids",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND or a domain <X>_NOT_FOUND: no such entity */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:NOT_FOUND",
                     *       "status": 404,
                     *       "code": "NOT_FOUND",
                     *       "detail": "NOT_FOUND or a domain <X>_NOT_FOUND",
                     *       "instance": "/api/v1/tenders/{id}/bids",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A rule refused the command (its domain code, e.g. TENDER_CLOSED), or WRONG_EXPECTED_REVISION / IDEMPOTENCY_KEY_IN_PROGRESS; nothing was written */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:TENDER_CLOSED",
                     *       "status": 409,
                     *       "code": "TENDER_CLOSED",
                     *       "detail": "A rule refused the command (its domain code, e.g. TENDER_CLOSED), or WRONG_EXPECTED_REVISION / IDEMPOTENCY_KEY_IN_PROGRESS; nothing was written",
                     *       "instance": "/api/v1/tenders/{id}/bids",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: body over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:PAYLOAD_TOO_LARGE",
                     *       "status": 413,
                     *       "code": "PAYLOAD_TOO_LARGE",
                     *       "detail": "PAYLOAD_TOO_LARGE",
                     *       "instance": "/api/v1/tenders/{id}/bids",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is not application/json, or has a Content-Encoding other than identity */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:UNSUPPORTED_MEDIA_TYPE",
                     *       "status": 415,
                     *       "code": "UNSUPPORTED_MEDIA_TYPE",
                     *       "detail": "UNSUPPORTED_MEDIA_TYPE",
                     *       "instance": "/api/v1/tenders/{id}/bids",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: the Idempotency-Key was used with another body or route */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:IDEMPOTENCY_KEY_REUSED",
                     *       "status": 422,
                     *       "code": "IDEMPOTENCY_KEY_REUSED",
                     *       "detail": "IDEMPOTENCY_KEY_REUSED",
                     *       "instance": "/api/v1/tenders/{id}/bids",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL: a bug; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:INTERNAL",
                     *       "status": 500,
                     *       "code": "INTERNAL",
                     *       "detail": "INTERNAL",
                     *       "instance": "/api/v1/tenders/{id}/bids",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description STORE_UNAVAILABLE / AUTH_UNAVAILABLE: retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:STORE_UNAVAILABLE",
                     *       "status": 503,
                     *       "code": "STORE_UNAVAILABLE",
                     *       "detail": "STORE_UNAVAILABLE / AUTH_UNAVAILABLE",
                     *       "instance": "/api/v1/tenders/{id}/bids",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    TendersController_confirm: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body returns the first response */
                "Idempotency-Key"?: string;
                /** @description Only `*` (no pin): this stream's revision moves with sealed bids, which the caller may not know of (ADR 0006 decision 6); a revision is 400 */
                "If-Match"?: "*";
            };
            path: {
                bidId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:VALIDATION_FAILED",
                     *       "status": 400,
                     *       "code": "VALIDATION_FAILED",
                     *       "detail": "VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON",
                     *       "instance": "/api/v1/tenders/{id}/bids/{bidId}/confirm",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid one (`WWW-Authenticate` says why) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:UNAUTHENTICATED",
                     *       "status": 401,
                     *       "code": "UNAUTHENTICATED",
                     *       "detail": "UNAUTHENTICATED",
                     *       "instance": "/api/v1/tenders/{id}/bids/{bidId}/confirm",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN: the role may not call this route, or not on this resource (another agency, supplier, or not assigned) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:FORBIDDEN",
                     *       "status": 403,
                     *       "code": "FORBIDDEN",
                     *       "detail": "FORBIDDEN",
                     *       "instance": "/api/v1/tenders/{id}/bids/{bidId}/confirm",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND or a domain <X>_NOT_FOUND: no such entity */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:NOT_FOUND",
                     *       "status": 404,
                     *       "code": "NOT_FOUND",
                     *       "detail": "NOT_FOUND or a domain <X>_NOT_FOUND",
                     *       "instance": "/api/v1/tenders/{id}/bids/{bidId}/confirm",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A rule refused the command (its domain code, e.g. TENDER_CLOSED), or WRONG_EXPECTED_REVISION / IDEMPOTENCY_KEY_IN_PROGRESS; nothing was written */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:TENDER_CLOSED",
                     *       "status": 409,
                     *       "code": "TENDER_CLOSED",
                     *       "detail": "A rule refused the command (its domain code, e.g. TENDER_CLOSED), or WRONG_EXPECTED_REVISION / IDEMPOTENCY_KEY_IN_PROGRESS; nothing was written",
                     *       "instance": "/api/v1/tenders/{id}/bids/{bidId}/confirm",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: body over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:PAYLOAD_TOO_LARGE",
                     *       "status": 413,
                     *       "code": "PAYLOAD_TOO_LARGE",
                     *       "detail": "PAYLOAD_TOO_LARGE",
                     *       "instance": "/api/v1/tenders/{id}/bids/{bidId}/confirm",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is not application/json, or has a Content-Encoding other than identity */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:UNSUPPORTED_MEDIA_TYPE",
                     *       "status": 415,
                     *       "code": "UNSUPPORTED_MEDIA_TYPE",
                     *       "detail": "UNSUPPORTED_MEDIA_TYPE",
                     *       "instance": "/api/v1/tenders/{id}/bids/{bidId}/confirm",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: the Idempotency-Key was used with another body or route */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:IDEMPOTENCY_KEY_REUSED",
                     *       "status": 422,
                     *       "code": "IDEMPOTENCY_KEY_REUSED",
                     *       "detail": "IDEMPOTENCY_KEY_REUSED",
                     *       "instance": "/api/v1/tenders/{id}/bids/{bidId}/confirm",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL: a bug; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:INTERNAL",
                     *       "status": 500,
                     *       "code": "INTERNAL",
                     *       "detail": "INTERNAL",
                     *       "instance": "/api/v1/tenders/{id}/bids/{bidId}/confirm",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description STORE_UNAVAILABLE / AUTH_UNAVAILABLE: retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:STORE_UNAVAILABLE",
                     *       "status": 503,
                     *       "code": "STORE_UNAVAILABLE",
                     *       "detail": "STORE_UNAVAILABLE / AUTH_UNAVAILABLE",
                     *       "instance": "/api/v1/tenders/{id}/bids/{bidId}/confirm",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    TendersController_disqualify: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body returns the first response */
                "Idempotency-Key"?: string;
                /** @description The ETag last read (e.g. "7"); a stale one is 412 */
                "If-Match"?: string;
            };
            path: {
                bidId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:VALIDATION_FAILED",
                     *       "status": 400,
                     *       "code": "VALIDATION_FAILED",
                     *       "detail": "VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON",
                     *       "instance": "/api/v1/tenders/{id}/bids/{bidId}/disqualify",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid one (`WWW-Authenticate` says why) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:UNAUTHENTICATED",
                     *       "status": 401,
                     *       "code": "UNAUTHENTICATED",
                     *       "detail": "UNAUTHENTICATED",
                     *       "instance": "/api/v1/tenders/{id}/bids/{bidId}/disqualify",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN: the role may not call this route, or not on this resource (another agency, supplier, or not assigned) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:FORBIDDEN",
                     *       "status": 403,
                     *       "code": "FORBIDDEN",
                     *       "detail": "FORBIDDEN",
                     *       "instance": "/api/v1/tenders/{id}/bids/{bidId}/disqualify",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND or a domain <X>_NOT_FOUND: no such entity */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:NOT_FOUND",
                     *       "status": 404,
                     *       "code": "NOT_FOUND",
                     *       "detail": "NOT_FOUND or a domain <X>_NOT_FOUND",
                     *       "instance": "/api/v1/tenders/{id}/bids/{bidId}/disqualify",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A rule refused the command (its domain code, e.g. TENDER_CLOSED), or WRONG_EXPECTED_REVISION / IDEMPOTENCY_KEY_IN_PROGRESS; nothing was written */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:TENDER_CLOSED",
                     *       "status": 409,
                     *       "code": "TENDER_CLOSED",
                     *       "detail": "A rule refused the command (its domain code, e.g. TENDER_CLOSED), or WRONG_EXPECTED_REVISION / IDEMPOTENCY_KEY_IN_PROGRESS; nothing was written",
                     *       "instance": "/api/v1/tenders/{id}/bids/{bidId}/disqualify",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PRECONDITION_FAILED: the If-Match revision is stale (`currentRevision` gives the current one) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:PRECONDITION_FAILED",
                     *       "status": 412,
                     *       "code": "PRECONDITION_FAILED",
                     *       "detail": "PRECONDITION_FAILED",
                     *       "instance": "/api/v1/tenders/{id}/bids/{bidId}/disqualify",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: body over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:PAYLOAD_TOO_LARGE",
                     *       "status": 413,
                     *       "code": "PAYLOAD_TOO_LARGE",
                     *       "detail": "PAYLOAD_TOO_LARGE",
                     *       "instance": "/api/v1/tenders/{id}/bids/{bidId}/disqualify",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is not application/json, or has a Content-Encoding other than identity */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:UNSUPPORTED_MEDIA_TYPE",
                     *       "status": 415,
                     *       "code": "UNSUPPORTED_MEDIA_TYPE",
                     *       "detail": "UNSUPPORTED_MEDIA_TYPE",
                     *       "instance": "/api/v1/tenders/{id}/bids/{bidId}/disqualify",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: the Idempotency-Key was used with another body or route */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:IDEMPOTENCY_KEY_REUSED",
                     *       "status": 422,
                     *       "code": "IDEMPOTENCY_KEY_REUSED",
                     *       "detail": "IDEMPOTENCY_KEY_REUSED",
                     *       "instance": "/api/v1/tenders/{id}/bids/{bidId}/disqualify",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL: a bug; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:INTERNAL",
                     *       "status": 500,
                     *       "code": "INTERNAL",
                     *       "detail": "INTERNAL",
                     *       "instance": "/api/v1/tenders/{id}/bids/{bidId}/disqualify",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description STORE_UNAVAILABLE / AUTH_UNAVAILABLE: retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:STORE_UNAVAILABLE",
                     *       "status": 503,
                     *       "code": "STORE_UNAVAILABLE",
                     *       "detail": "STORE_UNAVAILABLE / AUTH_UNAVAILABLE",
                     *       "instance": "/api/v1/tenders/{id}/bids/{bidId}/disqualify",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    TendersController_score: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body returns the first response */
                "Idempotency-Key"?: string;
                /** @description The ETag last read (e.g. "7"); a stale one is 412 */
                "If-Match"?: string;
            };
            path: {
                bidId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScoreBidDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:VALIDATION_FAILED",
                     *       "status": 400,
                     *       "code": "VALIDATION_FAILED",
                     *       "detail": "VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON",
                     *       "instance": "/api/v1/tenders/{id}/bids/{bidId}/scores",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid one (`WWW-Authenticate` says why) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:UNAUTHENTICATED",
                     *       "status": 401,
                     *       "code": "UNAUTHENTICATED",
                     *       "detail": "UNAUTHENTICATED",
                     *       "instance": "/api/v1/tenders/{id}/bids/{bidId}/scores",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN: the role may not call this route, or not on this resource (another agency, supplier, or not assigned) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:FORBIDDEN",
                     *       "status": 403,
                     *       "code": "FORBIDDEN",
                     *       "detail": "FORBIDDEN",
                     *       "instance": "/api/v1/tenders/{id}/bids/{bidId}/scores",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND or a domain <X>_NOT_FOUND: no such entity */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:NOT_FOUND",
                     *       "status": 404,
                     *       "code": "NOT_FOUND",
                     *       "detail": "NOT_FOUND or a domain <X>_NOT_FOUND",
                     *       "instance": "/api/v1/tenders/{id}/bids/{bidId}/scores",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A rule refused the command (its domain code, e.g. TENDER_CLOSED), or WRONG_EXPECTED_REVISION / IDEMPOTENCY_KEY_IN_PROGRESS; nothing was written */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:TENDER_CLOSED",
                     *       "status": 409,
                     *       "code": "TENDER_CLOSED",
                     *       "detail": "A rule refused the command (its domain code, e.g. TENDER_CLOSED), or WRONG_EXPECTED_REVISION / IDEMPOTENCY_KEY_IN_PROGRESS; nothing was written",
                     *       "instance": "/api/v1/tenders/{id}/bids/{bidId}/scores",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PRECONDITION_FAILED: the If-Match revision is stale (`currentRevision` gives the current one) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:PRECONDITION_FAILED",
                     *       "status": 412,
                     *       "code": "PRECONDITION_FAILED",
                     *       "detail": "PRECONDITION_FAILED",
                     *       "instance": "/api/v1/tenders/{id}/bids/{bidId}/scores",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: body over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:PAYLOAD_TOO_LARGE",
                     *       "status": 413,
                     *       "code": "PAYLOAD_TOO_LARGE",
                     *       "detail": "PAYLOAD_TOO_LARGE",
                     *       "instance": "/api/v1/tenders/{id}/bids/{bidId}/scores",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is not application/json, or has a Content-Encoding other than identity */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:UNSUPPORTED_MEDIA_TYPE",
                     *       "status": 415,
                     *       "code": "UNSUPPORTED_MEDIA_TYPE",
                     *       "detail": "UNSUPPORTED_MEDIA_TYPE",
                     *       "instance": "/api/v1/tenders/{id}/bids/{bidId}/scores",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: the Idempotency-Key was used with another body or route */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:IDEMPOTENCY_KEY_REUSED",
                     *       "status": 422,
                     *       "code": "IDEMPOTENCY_KEY_REUSED",
                     *       "detail": "IDEMPOTENCY_KEY_REUSED",
                     *       "instance": "/api/v1/tenders/{id}/bids/{bidId}/scores",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL: a bug; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:INTERNAL",
                     *       "status": 500,
                     *       "code": "INTERNAL",
                     *       "detail": "INTERNAL",
                     *       "instance": "/api/v1/tenders/{id}/bids/{bidId}/scores",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description STORE_UNAVAILABLE / AUTH_UNAVAILABLE: retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:STORE_UNAVAILABLE",
                     *       "status": 503,
                     *       "code": "STORE_UNAVAILABLE",
                     *       "detail": "STORE_UNAVAILABLE / AUTH_UNAVAILABLE",
                     *       "instance": "/api/v1/tenders/{id}/bids/{bidId}/scores",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    TendersController_withdraw: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body returns the first response */
                "Idempotency-Key"?: string;
                /** @description Only `*` (no pin): this stream's revision moves with sealed bids, which the caller may not know of (ADR 0006 decision 6); a revision is 400 */
                "If-Match"?: "*";
            };
            path: {
                bidId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:VALIDATION_FAILED",
                     *       "status": 400,
                     *       "code": "VALIDATION_FAILED",
                     *       "detail": "VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON",
                     *       "instance": "/api/v1/tenders/{id}/bids/{bidId}/withdraw",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid one (`WWW-Authenticate` says why) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:UNAUTHENTICATED",
                     *       "status": 401,
                     *       "code": "UNAUTHENTICATED",
                     *       "detail": "UNAUTHENTICATED",
                     *       "instance": "/api/v1/tenders/{id}/bids/{bidId}/withdraw",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN: the role may not call this route, or not on this resource (another agency, supplier, or not assigned) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:FORBIDDEN",
                     *       "status": 403,
                     *       "code": "FORBIDDEN",
                     *       "detail": "FORBIDDEN",
                     *       "instance": "/api/v1/tenders/{id}/bids/{bidId}/withdraw",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND or a domain <X>_NOT_FOUND: no such entity */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:NOT_FOUND",
                     *       "status": 404,
                     *       "code": "NOT_FOUND",
                     *       "detail": "NOT_FOUND or a domain <X>_NOT_FOUND",
                     *       "instance": "/api/v1/tenders/{id}/bids/{bidId}/withdraw",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A rule refused the command (its domain code, e.g. TENDER_CLOSED), or WRONG_EXPECTED_REVISION / IDEMPOTENCY_KEY_IN_PROGRESS; nothing was written */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:TENDER_CLOSED",
                     *       "status": 409,
                     *       "code": "TENDER_CLOSED",
                     *       "detail": "A rule refused the command (its domain code, e.g. TENDER_CLOSED), or WRONG_EXPECTED_REVISION / IDEMPOTENCY_KEY_IN_PROGRESS; nothing was written",
                     *       "instance": "/api/v1/tenders/{id}/bids/{bidId}/withdraw",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: body over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:PAYLOAD_TOO_LARGE",
                     *       "status": 413,
                     *       "code": "PAYLOAD_TOO_LARGE",
                     *       "detail": "PAYLOAD_TOO_LARGE",
                     *       "instance": "/api/v1/tenders/{id}/bids/{bidId}/withdraw",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is not application/json, or has a Content-Encoding other than identity */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:UNSUPPORTED_MEDIA_TYPE",
                     *       "status": 415,
                     *       "code": "UNSUPPORTED_MEDIA_TYPE",
                     *       "detail": "UNSUPPORTED_MEDIA_TYPE",
                     *       "instance": "/api/v1/tenders/{id}/bids/{bidId}/withdraw",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: the Idempotency-Key was used with another body or route */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:IDEMPOTENCY_KEY_REUSED",
                     *       "status": 422,
                     *       "code": "IDEMPOTENCY_KEY_REUSED",
                     *       "detail": "IDEMPOTENCY_KEY_REUSED",
                     *       "instance": "/api/v1/tenders/{id}/bids/{bidId}/withdraw",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL: a bug; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:INTERNAL",
                     *       "status": 500,
                     *       "code": "INTERNAL",
                     *       "detail": "INTERNAL",
                     *       "instance": "/api/v1/tenders/{id}/bids/{bidId}/withdraw",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description STORE_UNAVAILABLE / AUTH_UNAVAILABLE: retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:STORE_UNAVAILABLE",
                     *       "status": 503,
                     *       "code": "STORE_UNAVAILABLE",
                     *       "detail": "STORE_UNAVAILABLE / AUTH_UNAVAILABLE",
                     *       "instance": "/api/v1/tenders/{id}/bids/{bidId}/withdraw",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    TendersController_cancel: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body returns the first response */
                "Idempotency-Key"?: string;
                /** @description The ETag last read (e.g. "7"); a stale one is 412 */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:VALIDATION_FAILED",
                     *       "status": 400,
                     *       "code": "VALIDATION_FAILED",
                     *       "detail": "VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON",
                     *       "instance": "/api/v1/tenders/{id}/cancel",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid one (`WWW-Authenticate` says why) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:UNAUTHENTICATED",
                     *       "status": 401,
                     *       "code": "UNAUTHENTICATED",
                     *       "detail": "UNAUTHENTICATED",
                     *       "instance": "/api/v1/tenders/{id}/cancel",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN: the role may not call this route, or not on this resource (another agency, supplier, or not assigned) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:FORBIDDEN",
                     *       "status": 403,
                     *       "code": "FORBIDDEN",
                     *       "detail": "FORBIDDEN",
                     *       "instance": "/api/v1/tenders/{id}/cancel",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND or a domain <X>_NOT_FOUND: no such entity */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:NOT_FOUND",
                     *       "status": 404,
                     *       "code": "NOT_FOUND",
                     *       "detail": "NOT_FOUND or a domain <X>_NOT_FOUND",
                     *       "instance": "/api/v1/tenders/{id}/cancel",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A rule refused the command (its domain code, e.g. TENDER_CLOSED), or WRONG_EXPECTED_REVISION / IDEMPOTENCY_KEY_IN_PROGRESS; nothing was written */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:TENDER_CLOSED",
                     *       "status": 409,
                     *       "code": "TENDER_CLOSED",
                     *       "detail": "A rule refused the command (its domain code, e.g. TENDER_CLOSED), or WRONG_EXPECTED_REVISION / IDEMPOTENCY_KEY_IN_PROGRESS; nothing was written",
                     *       "instance": "/api/v1/tenders/{id}/cancel",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PRECONDITION_FAILED: the If-Match revision is stale (`currentRevision` gives the current one) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:PRECONDITION_FAILED",
                     *       "status": 412,
                     *       "code": "PRECONDITION_FAILED",
                     *       "detail": "PRECONDITION_FAILED",
                     *       "instance": "/api/v1/tenders/{id}/cancel",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: body over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:PAYLOAD_TOO_LARGE",
                     *       "status": 413,
                     *       "code": "PAYLOAD_TOO_LARGE",
                     *       "detail": "PAYLOAD_TOO_LARGE",
                     *       "instance": "/api/v1/tenders/{id}/cancel",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is not application/json, or has a Content-Encoding other than identity */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:UNSUPPORTED_MEDIA_TYPE",
                     *       "status": 415,
                     *       "code": "UNSUPPORTED_MEDIA_TYPE",
                     *       "detail": "UNSUPPORTED_MEDIA_TYPE",
                     *       "instance": "/api/v1/tenders/{id}/cancel",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: the Idempotency-Key was used with another body or route */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:IDEMPOTENCY_KEY_REUSED",
                     *       "status": 422,
                     *       "code": "IDEMPOTENCY_KEY_REUSED",
                     *       "detail": "IDEMPOTENCY_KEY_REUSED",
                     *       "instance": "/api/v1/tenders/{id}/cancel",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL: a bug; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:INTERNAL",
                     *       "status": 500,
                     *       "code": "INTERNAL",
                     *       "detail": "INTERNAL",
                     *       "instance": "/api/v1/tenders/{id}/cancel",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description STORE_UNAVAILABLE / AUTH_UNAVAILABLE: retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:STORE_UNAVAILABLE",
                     *       "status": 503,
                     *       "code": "STORE_UNAVAILABLE",
                     *       "detail": "STORE_UNAVAILABLE / AUTH_UNAVAILABLE",
                     *       "instance": "/api/v1/tenders/{id}/cancel",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    TendersController_complain: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body returns the first response */
                "Idempotency-Key"?: string;
                /** @description Only `*` (no pin): this stream's revision moves with sealed bids, which the caller may not know of (ADR 0006 decision 6); a revision is 400 */
                "If-Match"?: "*";
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FileComplaintDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:VALIDATION_FAILED",
                     *       "status": 400,
                     *       "code": "VALIDATION_FAILED",
                     *       "detail": "VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON",
                     *       "instance": "/api/v1/tenders/{id}/complaints",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid one (`WWW-Authenticate` says why) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:UNAUTHENTICATED",
                     *       "status": 401,
                     *       "code": "UNAUTHENTICATED",
                     *       "detail": "UNAUTHENTICATED",
                     *       "instance": "/api/v1/tenders/{id}/complaints",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN: the role may not call this route, or not on this resource (another agency, supplier, or not assigned) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:FORBIDDEN",
                     *       "status": 403,
                     *       "code": "FORBIDDEN",
                     *       "detail": "FORBIDDEN",
                     *       "instance": "/api/v1/tenders/{id}/complaints",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND or a domain <X>_NOT_FOUND: no such entity */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:NOT_FOUND",
                     *       "status": 404,
                     *       "code": "NOT_FOUND",
                     *       "detail": "NOT_FOUND or a domain <X>_NOT_FOUND",
                     *       "instance": "/api/v1/tenders/{id}/complaints",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A rule refused the command (its domain code, e.g. TENDER_CLOSED), or WRONG_EXPECTED_REVISION / IDEMPOTENCY_KEY_IN_PROGRESS; nothing was written */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:TENDER_CLOSED",
                     *       "status": 409,
                     *       "code": "TENDER_CLOSED",
                     *       "detail": "A rule refused the command (its domain code, e.g. TENDER_CLOSED), or WRONG_EXPECTED_REVISION / IDEMPOTENCY_KEY_IN_PROGRESS; nothing was written",
                     *       "instance": "/api/v1/tenders/{id}/complaints",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: body over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:PAYLOAD_TOO_LARGE",
                     *       "status": 413,
                     *       "code": "PAYLOAD_TOO_LARGE",
                     *       "detail": "PAYLOAD_TOO_LARGE",
                     *       "instance": "/api/v1/tenders/{id}/complaints",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is not application/json, or has a Content-Encoding other than identity */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:UNSUPPORTED_MEDIA_TYPE",
                     *       "status": 415,
                     *       "code": "UNSUPPORTED_MEDIA_TYPE",
                     *       "detail": "UNSUPPORTED_MEDIA_TYPE",
                     *       "instance": "/api/v1/tenders/{id}/complaints",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: the Idempotency-Key was used with another body or route */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:IDEMPOTENCY_KEY_REUSED",
                     *       "status": 422,
                     *       "code": "IDEMPOTENCY_KEY_REUSED",
                     *       "detail": "IDEMPOTENCY_KEY_REUSED",
                     *       "instance": "/api/v1/tenders/{id}/complaints",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL: a bug; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:INTERNAL",
                     *       "status": 500,
                     *       "code": "INTERNAL",
                     *       "detail": "INTERNAL",
                     *       "instance": "/api/v1/tenders/{id}/complaints",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description STORE_UNAVAILABLE / AUTH_UNAVAILABLE: retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:STORE_UNAVAILABLE",
                     *       "status": 503,
                     *       "code": "STORE_UNAVAILABLE",
                     *       "detail": "STORE_UNAVAILABLE / AUTH_UNAVAILABLE",
                     *       "instance": "/api/v1/tenders/{id}/complaints",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    TendersController_decideComplaint: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body returns the first response */
                "Idempotency-Key"?: string;
                /** @description The ETag last read (e.g. "7"); a stale one is 412 */
                "If-Match"?: string;
            };
            path: {
                complaintId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecideComplaintDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:VALIDATION_FAILED",
                     *       "status": 400,
                     *       "code": "VALIDATION_FAILED",
                     *       "detail": "VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON",
                     *       "instance": "/api/v1/tenders/{id}/complaints/{complaintId}/decision",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid one (`WWW-Authenticate` says why) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:UNAUTHENTICATED",
                     *       "status": 401,
                     *       "code": "UNAUTHENTICATED",
                     *       "detail": "UNAUTHENTICATED",
                     *       "instance": "/api/v1/tenders/{id}/complaints/{complaintId}/decision",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN: the role may not call this route, or not on this resource (another agency, supplier, or not assigned) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:FORBIDDEN",
                     *       "status": 403,
                     *       "code": "FORBIDDEN",
                     *       "detail": "FORBIDDEN",
                     *       "instance": "/api/v1/tenders/{id}/complaints/{complaintId}/decision",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND or a domain <X>_NOT_FOUND: no such entity */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:NOT_FOUND",
                     *       "status": 404,
                     *       "code": "NOT_FOUND",
                     *       "detail": "NOT_FOUND or a domain <X>_NOT_FOUND",
                     *       "instance": "/api/v1/tenders/{id}/complaints/{complaintId}/decision",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A rule refused the command (its domain code, e.g. TENDER_CLOSED), or WRONG_EXPECTED_REVISION / IDEMPOTENCY_KEY_IN_PROGRESS; nothing was written */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:TENDER_CLOSED",
                     *       "status": 409,
                     *       "code": "TENDER_CLOSED",
                     *       "detail": "A rule refused the command (its domain code, e.g. TENDER_CLOSED), or WRONG_EXPECTED_REVISION / IDEMPOTENCY_KEY_IN_PROGRESS; nothing was written",
                     *       "instance": "/api/v1/tenders/{id}/complaints/{complaintId}/decision",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PRECONDITION_FAILED: the If-Match revision is stale (`currentRevision` gives the current one) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:PRECONDITION_FAILED",
                     *       "status": 412,
                     *       "code": "PRECONDITION_FAILED",
                     *       "detail": "PRECONDITION_FAILED",
                     *       "instance": "/api/v1/tenders/{id}/complaints/{complaintId}/decision",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: body over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:PAYLOAD_TOO_LARGE",
                     *       "status": 413,
                     *       "code": "PAYLOAD_TOO_LARGE",
                     *       "detail": "PAYLOAD_TOO_LARGE",
                     *       "instance": "/api/v1/tenders/{id}/complaints/{complaintId}/decision",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is not application/json, or has a Content-Encoding other than identity */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:UNSUPPORTED_MEDIA_TYPE",
                     *       "status": 415,
                     *       "code": "UNSUPPORTED_MEDIA_TYPE",
                     *       "detail": "UNSUPPORTED_MEDIA_TYPE",
                     *       "instance": "/api/v1/tenders/{id}/complaints/{complaintId}/decision",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: the Idempotency-Key was used with another body or route */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:IDEMPOTENCY_KEY_REUSED",
                     *       "status": 422,
                     *       "code": "IDEMPOTENCY_KEY_REUSED",
                     *       "detail": "IDEMPOTENCY_KEY_REUSED",
                     *       "instance": "/api/v1/tenders/{id}/complaints/{complaintId}/decision",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL: a bug; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:INTERNAL",
                     *       "status": 500,
                     *       "code": "INTERNAL",
                     *       "detail": "INTERNAL",
                     *       "instance": "/api/v1/tenders/{id}/complaints/{complaintId}/decision",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description STORE_UNAVAILABLE / AUTH_UNAVAILABLE: retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:STORE_UNAVAILABLE",
                     *       "status": 503,
                     *       "code": "STORE_UNAVAILABLE",
                     *       "detail": "STORE_UNAVAILABLE / AUTH_UNAVAILABLE",
                     *       "instance": "/api/v1/tenders/{id}/complaints/{complaintId}/decision",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    TendersController_conflict: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body returns the first response */
                "Idempotency-Key"?: string;
                /** @description The ETag last read (e.g. "7"); a stale one is 412 */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeclareConflictDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:VALIDATION_FAILED",
                     *       "status": 400,
                     *       "code": "VALIDATION_FAILED",
                     *       "detail": "VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON",
                     *       "instance": "/api/v1/tenders/{id}/conflicts",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid one (`WWW-Authenticate` says why) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:UNAUTHENTICATED",
                     *       "status": 401,
                     *       "code": "UNAUTHENTICATED",
                     *       "detail": "UNAUTHENTICATED",
                     *       "instance": "/api/v1/tenders/{id}/conflicts",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN: the role may not call this route, or not on this resource (another agency, supplier, or not assigned) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:FORBIDDEN",
                     *       "status": 403,
                     *       "code": "FORBIDDEN",
                     *       "detail": "FORBIDDEN",
                     *       "instance": "/api/v1/tenders/{id}/conflicts",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND or a domain <X>_NOT_FOUND: no such entity */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:NOT_FOUND",
                     *       "status": 404,
                     *       "code": "NOT_FOUND",
                     *       "detail": "NOT_FOUND or a domain <X>_NOT_FOUND",
                     *       "instance": "/api/v1/tenders/{id}/conflicts",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A rule refused the command (its domain code, e.g. TENDER_CLOSED), or WRONG_EXPECTED_REVISION / IDEMPOTENCY_KEY_IN_PROGRESS; nothing was written */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:TENDER_CLOSED",
                     *       "status": 409,
                     *       "code": "TENDER_CLOSED",
                     *       "detail": "A rule refused the command (its domain code, e.g. TENDER_CLOSED), or WRONG_EXPECTED_REVISION / IDEMPOTENCY_KEY_IN_PROGRESS; nothing was written",
                     *       "instance": "/api/v1/tenders/{id}/conflicts",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PRECONDITION_FAILED: the If-Match revision is stale (`currentRevision` gives the current one) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:PRECONDITION_FAILED",
                     *       "status": 412,
                     *       "code": "PRECONDITION_FAILED",
                     *       "detail": "PRECONDITION_FAILED",
                     *       "instance": "/api/v1/tenders/{id}/conflicts",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: body over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:PAYLOAD_TOO_LARGE",
                     *       "status": 413,
                     *       "code": "PAYLOAD_TOO_LARGE",
                     *       "detail": "PAYLOAD_TOO_LARGE",
                     *       "instance": "/api/v1/tenders/{id}/conflicts",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is not application/json, or has a Content-Encoding other than identity */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:UNSUPPORTED_MEDIA_TYPE",
                     *       "status": 415,
                     *       "code": "UNSUPPORTED_MEDIA_TYPE",
                     *       "detail": "UNSUPPORTED_MEDIA_TYPE",
                     *       "instance": "/api/v1/tenders/{id}/conflicts",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: the Idempotency-Key was used with another body or route */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:IDEMPOTENCY_KEY_REUSED",
                     *       "status": 422,
                     *       "code": "IDEMPOTENCY_KEY_REUSED",
                     *       "detail": "IDEMPOTENCY_KEY_REUSED",
                     *       "instance": "/api/v1/tenders/{id}/conflicts",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL: a bug; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:INTERNAL",
                     *       "status": 500,
                     *       "code": "INTERNAL",
                     *       "detail": "INTERNAL",
                     *       "instance": "/api/v1/tenders/{id}/conflicts",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description STORE_UNAVAILABLE / AUTH_UNAVAILABLE: retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:STORE_UNAVAILABLE",
                     *       "status": 503,
                     *       "code": "STORE_UNAVAILABLE",
                     *       "detail": "STORE_UNAVAILABLE / AUTH_UNAVAILABLE",
                     *       "instance": "/api/v1/tenders/{id}/conflicts",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    TendersController_assign: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body returns the first response */
                "Idempotency-Key"?: string;
                /** @description The ETag last read (e.g. "7"); a stale one is 412 */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignEvaluatorDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:VALIDATION_FAILED",
                     *       "status": 400,
                     *       "code": "VALIDATION_FAILED",
                     *       "detail": "VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON",
                     *       "instance": "/api/v1/tenders/{id}/evaluators",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid one (`WWW-Authenticate` says why) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:UNAUTHENTICATED",
                     *       "status": 401,
                     *       "code": "UNAUTHENTICATED",
                     *       "detail": "UNAUTHENTICATED",
                     *       "instance": "/api/v1/tenders/{id}/evaluators",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN: the role may not call this route, or not on this resource (another agency, supplier, or not assigned) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:FORBIDDEN",
                     *       "status": 403,
                     *       "code": "FORBIDDEN",
                     *       "detail": "FORBIDDEN",
                     *       "instance": "/api/v1/tenders/{id}/evaluators",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND or a domain <X>_NOT_FOUND: no such entity */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:NOT_FOUND",
                     *       "status": 404,
                     *       "code": "NOT_FOUND",
                     *       "detail": "NOT_FOUND or a domain <X>_NOT_FOUND",
                     *       "instance": "/api/v1/tenders/{id}/evaluators",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A rule refused the command (its domain code, e.g. TENDER_CLOSED), or WRONG_EXPECTED_REVISION / IDEMPOTENCY_KEY_IN_PROGRESS; nothing was written */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:TENDER_CLOSED",
                     *       "status": 409,
                     *       "code": "TENDER_CLOSED",
                     *       "detail": "A rule refused the command (its domain code, e.g. TENDER_CLOSED), or WRONG_EXPECTED_REVISION / IDEMPOTENCY_KEY_IN_PROGRESS; nothing was written",
                     *       "instance": "/api/v1/tenders/{id}/evaluators",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PRECONDITION_FAILED: the If-Match revision is stale (`currentRevision` gives the current one) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:PRECONDITION_FAILED",
                     *       "status": 412,
                     *       "code": "PRECONDITION_FAILED",
                     *       "detail": "PRECONDITION_FAILED",
                     *       "instance": "/api/v1/tenders/{id}/evaluators",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: body over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:PAYLOAD_TOO_LARGE",
                     *       "status": 413,
                     *       "code": "PAYLOAD_TOO_LARGE",
                     *       "detail": "PAYLOAD_TOO_LARGE",
                     *       "instance": "/api/v1/tenders/{id}/evaluators",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is not application/json, or has a Content-Encoding other than identity */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:UNSUPPORTED_MEDIA_TYPE",
                     *       "status": 415,
                     *       "code": "UNSUPPORTED_MEDIA_TYPE",
                     *       "detail": "UNSUPPORTED_MEDIA_TYPE",
                     *       "instance": "/api/v1/tenders/{id}/evaluators",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: the Idempotency-Key was used with another body or route */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:IDEMPOTENCY_KEY_REUSED",
                     *       "status": 422,
                     *       "code": "IDEMPOTENCY_KEY_REUSED",
                     *       "detail": "IDEMPOTENCY_KEY_REUSED",
                     *       "instance": "/api/v1/tenders/{id}/evaluators",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL: a bug; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:INTERNAL",
                     *       "status": 500,
                     *       "code": "INTERNAL",
                     *       "detail": "INTERNAL",
                     *       "instance": "/api/v1/tenders/{id}/evaluators",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description STORE_UNAVAILABLE / AUTH_UNAVAILABLE: retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:STORE_UNAVAILABLE",
                     *       "status": 503,
                     *       "code": "STORE_UNAVAILABLE",
                     *       "detail": "STORE_UNAVAILABLE / AUTH_UNAVAILABLE",
                     *       "instance": "/api/v1/tenders/{id}/evaluators",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    TendersController_open: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body returns the first response */
                "Idempotency-Key"?: string;
                /** @description The ETag last read (e.g. "7"); a stale one is 412 */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:VALIDATION_FAILED",
                     *       "status": 400,
                     *       "code": "VALIDATION_FAILED",
                     *       "detail": "VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON",
                     *       "instance": "/api/v1/tenders/{id}/open-bids",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid one (`WWW-Authenticate` says why) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:UNAUTHENTICATED",
                     *       "status": 401,
                     *       "code": "UNAUTHENTICATED",
                     *       "detail": "UNAUTHENTICATED",
                     *       "instance": "/api/v1/tenders/{id}/open-bids",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN: the role may not call this route, or not on this resource (another agency, supplier, or not assigned) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:FORBIDDEN",
                     *       "status": 403,
                     *       "code": "FORBIDDEN",
                     *       "detail": "FORBIDDEN",
                     *       "instance": "/api/v1/tenders/{id}/open-bids",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND or a domain <X>_NOT_FOUND: no such entity */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:NOT_FOUND",
                     *       "status": 404,
                     *       "code": "NOT_FOUND",
                     *       "detail": "NOT_FOUND or a domain <X>_NOT_FOUND",
                     *       "instance": "/api/v1/tenders/{id}/open-bids",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A rule refused the command (its domain code, e.g. TENDER_CLOSED), or WRONG_EXPECTED_REVISION / IDEMPOTENCY_KEY_IN_PROGRESS; nothing was written */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:TENDER_CLOSED",
                     *       "status": 409,
                     *       "code": "TENDER_CLOSED",
                     *       "detail": "A rule refused the command (its domain code, e.g. TENDER_CLOSED), or WRONG_EXPECTED_REVISION / IDEMPOTENCY_KEY_IN_PROGRESS; nothing was written",
                     *       "instance": "/api/v1/tenders/{id}/open-bids",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PRECONDITION_FAILED: the If-Match revision is stale (`currentRevision` gives the current one) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:PRECONDITION_FAILED",
                     *       "status": 412,
                     *       "code": "PRECONDITION_FAILED",
                     *       "detail": "PRECONDITION_FAILED",
                     *       "instance": "/api/v1/tenders/{id}/open-bids",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: body over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:PAYLOAD_TOO_LARGE",
                     *       "status": 413,
                     *       "code": "PAYLOAD_TOO_LARGE",
                     *       "detail": "PAYLOAD_TOO_LARGE",
                     *       "instance": "/api/v1/tenders/{id}/open-bids",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is not application/json, or has a Content-Encoding other than identity */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:UNSUPPORTED_MEDIA_TYPE",
                     *       "status": 415,
                     *       "code": "UNSUPPORTED_MEDIA_TYPE",
                     *       "detail": "UNSUPPORTED_MEDIA_TYPE",
                     *       "instance": "/api/v1/tenders/{id}/open-bids",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: the Idempotency-Key was used with another body or route */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:IDEMPOTENCY_KEY_REUSED",
                     *       "status": 422,
                     *       "code": "IDEMPOTENCY_KEY_REUSED",
                     *       "detail": "IDEMPOTENCY_KEY_REUSED",
                     *       "instance": "/api/v1/tenders/{id}/open-bids",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL: a bug; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:INTERNAL",
                     *       "status": 500,
                     *       "code": "INTERNAL",
                     *       "detail": "INTERNAL",
                     *       "instance": "/api/v1/tenders/{id}/open-bids",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description STORE_UNAVAILABLE / AUTH_UNAVAILABLE: retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:STORE_UNAVAILABLE",
                     *       "status": 503,
                     *       "code": "STORE_UNAVAILABLE",
                     *       "detail": "STORE_UNAVAILABLE / AUTH_UNAVAILABLE",
                     *       "instance": "/api/v1/tenders/{id}/open-bids",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    TendersController_publish: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body returns the first response */
                "Idempotency-Key"?: string;
                /** @description The ETag last read (e.g. "7"); a stale one is 412 */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublishTenderDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:VALIDATION_FAILED",
                     *       "status": 400,
                     *       "code": "VALIDATION_FAILED",
                     *       "detail": "VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON",
                     *       "instance": "/api/v1/tenders/{id}/publish",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid one (`WWW-Authenticate` says why) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:UNAUTHENTICATED",
                     *       "status": 401,
                     *       "code": "UNAUTHENTICATED",
                     *       "detail": "UNAUTHENTICATED",
                     *       "instance": "/api/v1/tenders/{id}/publish",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN: the role may not call this route, or not on this resource (another agency, supplier, or not assigned) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:FORBIDDEN",
                     *       "status": 403,
                     *       "code": "FORBIDDEN",
                     *       "detail": "FORBIDDEN",
                     *       "instance": "/api/v1/tenders/{id}/publish",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND or a domain <X>_NOT_FOUND: no such entity */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:NOT_FOUND",
                     *       "status": 404,
                     *       "code": "NOT_FOUND",
                     *       "detail": "NOT_FOUND or a domain <X>_NOT_FOUND",
                     *       "instance": "/api/v1/tenders/{id}/publish",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A rule refused the command (its domain code, e.g. TENDER_CLOSED), or WRONG_EXPECTED_REVISION / IDEMPOTENCY_KEY_IN_PROGRESS; nothing was written */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:TENDER_CLOSED",
                     *       "status": 409,
                     *       "code": "TENDER_CLOSED",
                     *       "detail": "A rule refused the command (its domain code, e.g. TENDER_CLOSED), or WRONG_EXPECTED_REVISION / IDEMPOTENCY_KEY_IN_PROGRESS; nothing was written",
                     *       "instance": "/api/v1/tenders/{id}/publish",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PRECONDITION_FAILED: the If-Match revision is stale (`currentRevision` gives the current one) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:PRECONDITION_FAILED",
                     *       "status": 412,
                     *       "code": "PRECONDITION_FAILED",
                     *       "detail": "PRECONDITION_FAILED",
                     *       "instance": "/api/v1/tenders/{id}/publish",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: body over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:PAYLOAD_TOO_LARGE",
                     *       "status": 413,
                     *       "code": "PAYLOAD_TOO_LARGE",
                     *       "detail": "PAYLOAD_TOO_LARGE",
                     *       "instance": "/api/v1/tenders/{id}/publish",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is not application/json, or has a Content-Encoding other than identity */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:UNSUPPORTED_MEDIA_TYPE",
                     *       "status": 415,
                     *       "code": "UNSUPPORTED_MEDIA_TYPE",
                     *       "detail": "UNSUPPORTED_MEDIA_TYPE",
                     *       "instance": "/api/v1/tenders/{id}/publish",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: the Idempotency-Key was used with another body or route */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:IDEMPOTENCY_KEY_REUSED",
                     *       "status": 422,
                     *       "code": "IDEMPOTENCY_KEY_REUSED",
                     *       "detail": "IDEMPOTENCY_KEY_REUSED",
                     *       "instance": "/api/v1/tenders/{id}/publish",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL: a bug; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:INTERNAL",
                     *       "status": 500,
                     *       "code": "INTERNAL",
                     *       "detail": "INTERNAL",
                     *       "instance": "/api/v1/tenders/{id}/publish",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description STORE_UNAVAILABLE / AUTH_UNAVAILABLE: retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:STORE_UNAVAILABLE",
                     *       "status": 503,
                     *       "code": "STORE_UNAVAILABLE",
                     *       "detail": "STORE_UNAVAILABLE / AUTH_UNAVAILABLE",
                     *       "instance": "/api/v1/tenders/{id}/publish",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    TendersController_ask: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body returns the first response */
                "Idempotency-Key"?: string;
                /** @description Only `*` (no pin): this stream's revision moves with sealed bids, which the caller may not know of (ADR 0006 decision 6); a revision is 400 */
                "If-Match"?: "*";
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AskQuestionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:VALIDATION_FAILED",
                     *       "status": 400,
                     *       "code": "VALIDATION_FAILED",
                     *       "detail": "VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON",
                     *       "instance": "/api/v1/tenders/{id}/questions",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid one (`WWW-Authenticate` says why) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:UNAUTHENTICATED",
                     *       "status": 401,
                     *       "code": "UNAUTHENTICATED",
                     *       "detail": "UNAUTHENTICATED",
                     *       "instance": "/api/v1/tenders/{id}/questions",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN: the role may not call this route, or not on this resource (another agency, supplier, or not assigned) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:FORBIDDEN",
                     *       "status": 403,
                     *       "code": "FORBIDDEN",
                     *       "detail": "FORBIDDEN",
                     *       "instance": "/api/v1/tenders/{id}/questions",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND or a domain <X>_NOT_FOUND: no such entity */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:NOT_FOUND",
                     *       "status": 404,
                     *       "code": "NOT_FOUND",
                     *       "detail": "NOT_FOUND or a domain <X>_NOT_FOUND",
                     *       "instance": "/api/v1/tenders/{id}/questions",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A rule refused the command (its domain code, e.g. TENDER_CLOSED), or WRONG_EXPECTED_REVISION / IDEMPOTENCY_KEY_IN_PROGRESS; nothing was written */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:TENDER_CLOSED",
                     *       "status": 409,
                     *       "code": "TENDER_CLOSED",
                     *       "detail": "A rule refused the command (its domain code, e.g. TENDER_CLOSED), or WRONG_EXPECTED_REVISION / IDEMPOTENCY_KEY_IN_PROGRESS; nothing was written",
                     *       "instance": "/api/v1/tenders/{id}/questions",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: body over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:PAYLOAD_TOO_LARGE",
                     *       "status": 413,
                     *       "code": "PAYLOAD_TOO_LARGE",
                     *       "detail": "PAYLOAD_TOO_LARGE",
                     *       "instance": "/api/v1/tenders/{id}/questions",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is not application/json, or has a Content-Encoding other than identity */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:UNSUPPORTED_MEDIA_TYPE",
                     *       "status": 415,
                     *       "code": "UNSUPPORTED_MEDIA_TYPE",
                     *       "detail": "UNSUPPORTED_MEDIA_TYPE",
                     *       "instance": "/api/v1/tenders/{id}/questions",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: the Idempotency-Key was used with another body or route */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:IDEMPOTENCY_KEY_REUSED",
                     *       "status": 422,
                     *       "code": "IDEMPOTENCY_KEY_REUSED",
                     *       "detail": "IDEMPOTENCY_KEY_REUSED",
                     *       "instance": "/api/v1/tenders/{id}/questions",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL: a bug; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:INTERNAL",
                     *       "status": 500,
                     *       "code": "INTERNAL",
                     *       "detail": "INTERNAL",
                     *       "instance": "/api/v1/tenders/{id}/questions",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description STORE_UNAVAILABLE / AUTH_UNAVAILABLE: retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:STORE_UNAVAILABLE",
                     *       "status": 503,
                     *       "code": "STORE_UNAVAILABLE",
                     *       "detail": "STORE_UNAVAILABLE / AUTH_UNAVAILABLE",
                     *       "instance": "/api/v1/tenders/{id}/questions",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    TendersController_answer: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body returns the first response */
                "Idempotency-Key"?: string;
                /** @description The ETag last read (e.g. "7"); a stale one is 412 */
                "If-Match"?: string;
            };
            path: {
                id: string;
                questionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AnswerQuestionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:VALIDATION_FAILED",
                     *       "status": 400,
                     *       "code": "VALIDATION_FAILED",
                     *       "detail": "VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON",
                     *       "instance": "/api/v1/tenders/{id}/questions/{questionId}/answer",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid one (`WWW-Authenticate` says why) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:UNAUTHENTICATED",
                     *       "status": 401,
                     *       "code": "UNAUTHENTICATED",
                     *       "detail": "UNAUTHENTICATED",
                     *       "instance": "/api/v1/tenders/{id}/questions/{questionId}/answer",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN: the role may not call this route, or not on this resource (another agency, supplier, or not assigned) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:FORBIDDEN",
                     *       "status": 403,
                     *       "code": "FORBIDDEN",
                     *       "detail": "FORBIDDEN",
                     *       "instance": "/api/v1/tenders/{id}/questions/{questionId}/answer",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND or a domain <X>_NOT_FOUND: no such entity */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:NOT_FOUND",
                     *       "status": 404,
                     *       "code": "NOT_FOUND",
                     *       "detail": "NOT_FOUND or a domain <X>_NOT_FOUND",
                     *       "instance": "/api/v1/tenders/{id}/questions/{questionId}/answer",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A rule refused the command (its domain code, e.g. TENDER_CLOSED), or WRONG_EXPECTED_REVISION / IDEMPOTENCY_KEY_IN_PROGRESS; nothing was written */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:TENDER_CLOSED",
                     *       "status": 409,
                     *       "code": "TENDER_CLOSED",
                     *       "detail": "A rule refused the command (its domain code, e.g. TENDER_CLOSED), or WRONG_EXPECTED_REVISION / IDEMPOTENCY_KEY_IN_PROGRESS; nothing was written",
                     *       "instance": "/api/v1/tenders/{id}/questions/{questionId}/answer",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PRECONDITION_FAILED: the If-Match revision is stale (`currentRevision` gives the current one) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:PRECONDITION_FAILED",
                     *       "status": 412,
                     *       "code": "PRECONDITION_FAILED",
                     *       "detail": "PRECONDITION_FAILED",
                     *       "instance": "/api/v1/tenders/{id}/questions/{questionId}/answer",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: body over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:PAYLOAD_TOO_LARGE",
                     *       "status": 413,
                     *       "code": "PAYLOAD_TOO_LARGE",
                     *       "detail": "PAYLOAD_TOO_LARGE",
                     *       "instance": "/api/v1/tenders/{id}/questions/{questionId}/answer",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is not application/json, or has a Content-Encoding other than identity */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:UNSUPPORTED_MEDIA_TYPE",
                     *       "status": 415,
                     *       "code": "UNSUPPORTED_MEDIA_TYPE",
                     *       "detail": "UNSUPPORTED_MEDIA_TYPE",
                     *       "instance": "/api/v1/tenders/{id}/questions/{questionId}/answer",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: the Idempotency-Key was used with another body or route */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:IDEMPOTENCY_KEY_REUSED",
                     *       "status": 422,
                     *       "code": "IDEMPOTENCY_KEY_REUSED",
                     *       "detail": "IDEMPOTENCY_KEY_REUSED",
                     *       "instance": "/api/v1/tenders/{id}/questions/{questionId}/answer",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INTERNAL: a bug; quote the correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:INTERNAL",
                     *       "status": 500,
                     *       "code": "INTERNAL",
                     *       "detail": "INTERNAL",
                     *       "instance": "/api/v1/tenders/{id}/questions/{questionId}/answer",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description STORE_UNAVAILABLE / AUTH_UNAVAILABLE: retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:contract-ledger:problem:STORE_UNAVAILABLE",
                     *       "status": 503,
                     *       "code": "STORE_UNAVAILABLE",
                     *       "detail": "STORE_UNAVAILABLE / AUTH_UNAVAILABLE",
                     *       "instance": "/api/v1/tenders/{id}/questions/{questionId}/answer",
                     *       "correlationId": "3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    HealthController_live: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    HealthController_ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Health Check is successful */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up"
                         *       }
                         *     }
                         */
                        details?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                        /** @example {} */
                        error?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up"
                         *       }
                         *     }
                         */
                        info?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /** @example ok */
                        status?: string;
                    };
                };
            };
            /** @description The Health Check is not successful */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up"
                         *       },
                         *       "redis": {
                         *         "status": "down",
                         *         "message": "Could not connect"
                         *       }
                         *     }
                         */
                        details?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                        /**
                         * @example {
                         *       "redis": {
                         *         "status": "down",
                         *         "message": "Could not connect"
                         *       }
                         *     }
                         */
                        error?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up"
                         *       }
                         *     }
                         */
                        info?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /** @example error */
                        status?: string;
                    };
                };
            };
        };
    };
    LogController_latest: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    LogController_final: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    LogController_list: {
        parameters: {
            query: {
                fromSize: string;
                limit: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    LogController_at: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                size: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    LogController_cosign: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CosignatureBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    LogController_keys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    LogController_consistency: {
        parameters: {
            query: {
                from: string;
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    LogController_inclusion: {
        parameters: {
            query: {
                position: string;
                size: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    LogController_tile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                "*": string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MetricsController_render: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Prometheus text exposition format 0.0.4 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
