export const id = 469;
export const ids = [469,443];
export const modules = {

/***/ 35585:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ refusalOf)
/* harmony export */ });
/* unused harmony export isPermissionRefusal */
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8126);

function status(error) {
    const value = error?.status;
    return typeof value === 'number' ? value : undefined;
}
/** Classifies anything a GitHub call threw. */
function refusalOf(error) {
    const code = status(error);
    const message = (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error).split('\n')[0] ?? '';
    if (code === undefined || code >= 500)
        return { kind: 'failed', ...(code === undefined ? {} : { status: code }), message };
    if (code === 429 || /rate limit/i.test(message))
        return { kind: 'rate-limited', status: code, message };
    if (code === 403)
        return { kind: 'read-only', status: code, message };
    if (code === 404)
        return { kind: 'not-found', status: code, message };
    if (code === 401)
        return { kind: 'unauthorized', status: code, message };
    return { kind: 'rejected', status: code, message };
}
/** True when the token may not write here: a fork's read-only token, or missing permissions. */
function isPermissionRefusal(refusal) {
    return refusal.kind === 'read-only' || refusal.kind === 'not-found' || refusal.kind === 'unauthorized';
}


/***/ }),

/***/ 4443:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  clientFor: () => (/* binding */ clientFor),
  postReport: () => (/* binding */ postReport),
  refusalWarning: () => (/* binding */ refusalWarning)
});

// EXTERNAL MODULE: ./shared/report/check-run.ts
var check_run = __webpack_require__(43209);
// EXTERNAL MODULE: ./shared/report/comment.ts
var report_comment = __webpack_require__(44012);
// EXTERNAL MODULE: ./shared/runtime/version.ts
var version = __webpack_require__(39029);
;// CONCATENATED MODULE: ./shared/github/checks.ts
/**
 * Check runs: one per gate and commit, named `mlgate / <gate>` unless configured. GitHub appends
 * annotations on every update and has no call to remove them, so a re-run whose content is unchanged
 * (same digest in `external_id`) updates the existing run without resending annotations, and a
 * re-run with different content creates a new run (GitHub shows the latest run of a name).
 */

function externalId(content) {
    return `mlgate-${content.digest}`;
}
/** The id of a check run of this name on the commit with the same content, if any. */
async function findSameRun(client, target, content) {
    const { data } = await client.request('GET /repos/{owner}/{repo}/commits/{ref}/check-runs', {
        ...target.repository,
        ref: target.headSha,
        check_name: target.name,
        filter: 'latest',
        per_page: 100
    });
    const run = data.check_runs.find((candidate) => candidate.name === target.name && candidate.external_id === externalId(content));
    return run === undefined ? undefined : { id: Number(run.id), url: run.html_url ?? run.url };
}
/** Creates (or, for an unchanged re-run, updates) the gate's check run with its annotations. */
async function publishCheckRun(client, target, content) {
    const output = { title: content.title, summary: content.summary };
    const completion = {
        status: 'completed',
        conclusion: content.conclusion,
        completed_at: new Date().toISOString(),
        ...(target.detailsUrl === undefined ? {} : { details_url: target.detailsUrl })
    };
    const existing = await findSameRun(client, target, content);
    if (existing !== undefined) {
        await client.request('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', {
            ...target.repository,
            check_run_id: existing.id,
            ...completion,
            output
        });
        return { id: existing.id, url: existing.url, created: false, annotationRequests: 0 };
    }
    const [first = [], ...rest] = (0,check_run/* annotationBatches */.k7)(content.annotations);
    const { data } = await client.request('POST /repos/{owner}/{repo}/check-runs', {
        ...target.repository,
        name: target.name,
        head_sha: target.headSha,
        external_id: externalId(content),
        ...(target.startedAt === undefined ? {} : { started_at: target.startedAt }),
        ...completion,
        output: { ...output, ...(first.length === 0 ? {} : { annotations: first }) }
    });
    for (const batch of rest) {
        await client.request('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', {
            ...target.repository,
            check_run_id: data.id,
            output: { ...output, annotations: batch }
        });
    }
    return {
        id: Number(data.id),
        url: data.html_url ?? data.url,
        created: true,
        annotationRequests: (first.length === 0 ? 0 : 1) + rest.length
    };
}

// EXTERNAL MODULE: ./node_modules/@octokit/core/dist-src/index.js + 12 modules
var dist_src = __webpack_require__(14730);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(49735);
// EXTERNAL MODULE: ./node_modules/bottleneck/light.js
var light = __webpack_require__(63251);
;// CONCATENATED MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
// pkg/dist-src/index.js


// pkg/dist-src/version.js
var VERSION = "0.0.0-development";

// pkg/dist-src/wrap-request.js
var noop = () => Promise.resolve();
function wrapRequest(state, request, options) {
  return state.retryLimiter.schedule(doRequest, state, request, options);
}
async function doRequest(state, request, options) {
  const { pathname } = new URL(options.url, "http://github.test");
  const isAuth = isAuthRequest(options.method, pathname);
  const isWrite = !isAuth && options.method !== "GET" && options.method !== "HEAD";
  const isSearch = options.method === "GET" && pathname.startsWith("/search/");
  const isGraphQL = pathname.startsWith("/graphql");
  const retryCount = ~~request.retryCount;
  const jobOptions = retryCount > 0 ? { priority: 0, weight: 0 } : {};
  if (state.clustering) {
    jobOptions.expiration = 1e3 * 60;
  }
  if (isWrite || isGraphQL) {
    await state.write.key(state.id).schedule(jobOptions, noop);
  }
  if (isWrite && state.triggersNotification(pathname)) {
    await state.notifications.key(state.id).schedule(jobOptions, noop);
  }
  if (isSearch) {
    await state.search.key(state.id).schedule(jobOptions, noop);
  }
  const req = (isAuth ? state.auth : state.global).key(state.id).schedule(jobOptions, request, options);
  if (isGraphQL) {
    const res = await req;
    if (res.data.errors != null && res.data.errors.some((error) => error.type === "RATE_LIMITED")) {
      const error = Object.assign(new Error("GraphQL Rate Limit Exceeded"), {
        response: res,
        data: res.data
      });
      throw error;
    }
  }
  return req;
}
function isAuthRequest(method, pathname) {
  return method === "PATCH" && // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-a-scoped-access-token
  /^\/applications\/[^/]+\/token\/scoped$/.test(pathname) || method === "POST" && // https://docs.github.com/en/rest/apps/oauth-applications?apiVersion=2022-11-28#reset-a-token
  (/^\/applications\/[^/]+\/token$/.test(pathname) || // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-an-installation-access-token-for-an-app
  /^\/app\/installations\/[^/]+\/access_tokens$/.test(pathname) || // https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps
  pathname === "/login/oauth/access_token");
}

// pkg/dist-src/generated/triggers-notification-paths.js
var triggers_notification_paths_default = [
  "/orgs/{org}/invitations",
  "/orgs/{org}/invitations/{invitation_id}",
  "/orgs/{org}/teams/{team_slug}/discussions",
  "/orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments",
  "/repos/{owner}/{repo}/collaborators/{username}",
  "/repos/{owner}/{repo}/commits/{commit_sha}/comments",
  "/repos/{owner}/{repo}/issues",
  "/repos/{owner}/{repo}/issues/{issue_number}/comments",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issue",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority",
  "/repos/{owner}/{repo}/pulls",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies",
  "/repos/{owner}/{repo}/pulls/{pull_number}/merge",
  "/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
  "/repos/{owner}/{repo}/pulls/{pull_number}/reviews",
  "/repos/{owner}/{repo}/releases",
  "/teams/{team_id}/discussions",
  "/teams/{team_id}/discussions/{discussion_number}/comments"
];

// pkg/dist-src/route-matcher.js
function routeMatcher(paths) {
  const regexes = paths.map(
    (path) => path.split("/").map((c) => c.startsWith("{") ? "(?:.+?)" : c).join("/")
  );
  const regex2 = `^(?:${regexes.map((r) => `(?:${r})`).join("|")})[^/]*$`;
  return new RegExp(regex2, "i");
}

// pkg/dist-src/index.js
var regex = routeMatcher(triggers_notification_paths_default);
var triggersNotification = regex.test.bind(regex);
var groups = {};
var createGroups = function(Bottleneck, common) {
  groups.global = new Bottleneck.Group({
    id: "octokit-global",
    maxConcurrent: 10,
    ...common
  });
  groups.auth = new Bottleneck.Group({
    id: "octokit-auth",
    maxConcurrent: 1,
    ...common
  });
  groups.search = new Bottleneck.Group({
    id: "octokit-search",
    maxConcurrent: 1,
    minTime: 2e3,
    ...common
  });
  groups.write = new Bottleneck.Group({
    id: "octokit-write",
    maxConcurrent: 1,
    minTime: 1e3,
    ...common
  });
  groups.notifications = new Bottleneck.Group({
    id: "octokit-notifications",
    maxConcurrent: 1,
    minTime: 3e3,
    ...common
  });
};
function throttling(octokit, octokitOptions) {
  const {
    enabled = true,
    Bottleneck = light,
    id = "no-id",
    timeout = 1e3 * 60 * 2,
    // Redis TTL: 2 minutes
    connection
  } = octokitOptions.throttle || {};
  if (!enabled) {
    return {};
  }
  const common = { timeout };
  if (typeof connection !== "undefined") {
    common.connection = connection;
  }
  const state = Object.assign(
    {
      clustering: connection != null,
      triggersNotification,
      fallbackSecondaryRateRetryAfter: 60,
      retryAfterBaseValue: 1e3,
      id
    },
    octokitOptions.throttle
  );
  if (typeof state.onSecondaryRateLimit !== "function" || typeof state.onRateLimit !== "function") {
    throw new Error(`octokit/plugin-throttling error:
        You must pass the onSecondaryRateLimit and onRateLimit error handlers.
        See https://octokit.github.io/rest.js/#throttling

        const octokit = new Octokit({
          throttle: {
            onSecondaryRateLimit: (retryAfter, options) => {/* ... */},
            onRateLimit: (retryAfter, options) => {/* ... */}
          }
        })
    `);
  }
  let initialized = false;
  const initializeBottleneck = () => {
    if (initialized) {
      return;
    }
    initialized = true;
    if (groups.global == null) {
      createGroups(Bottleneck, common);
    }
    state.global = state.global ?? groups.global;
    state.auth = state.auth ?? groups.auth;
    state.search = state.search ?? groups.search;
    state.write = state.write ?? groups.write;
    state.notifications = state.notifications ?? groups.notifications;
    state.retryLimiter = state.retryLimiter ?? new Bottleneck();
    const events = {};
    const emitter = new Bottleneck.Events(events);
    events.on("secondary-limit", state.onSecondaryRateLimit);
    events.on("rate-limit", state.onRateLimit);
    events.on(
      "error",
      (e) => octokit.log.warn("Error in throttling-plugin limit handler", e)
    );
    state.retryLimiter.on("failed", async function(error, info) {
      const [state2, request, options] = info.args;
      const { pathname } = new URL(options.url, "http://github.test");
      const shouldRetryGraphQL = pathname.startsWith("/graphql") && error.status !== 401;
      if (!(shouldRetryGraphQL || error.status === 403 || error.status === 429)) {
        return;
      }
      const retryCount = ~~request.retryCount;
      request.retryCount = retryCount;
      options.request.retryCount = retryCount;
      const { wantRetry, retryAfter = 0 } = await (async function() {
        if (/\bsecondary rate\b/i.test(error.message)) {
          const retryAfter2 = Number(error.response.headers["retry-after"]) || state2.fallbackSecondaryRateRetryAfter;
          const wantRetry2 = await emitter.trigger(
            "secondary-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        if (error.response.headers != null && error.response.headers["x-ratelimit-remaining"] === "0" || (error.response.data?.errors ?? []).some(
          (error2) => error2.type === "RATE_LIMITED"
        )) {
          const rateLimitReset = new Date(
            ~~error.response.headers["x-ratelimit-reset"] * 1e3
          ).getTime();
          const retryAfter2 = Math.max(
            // Add one second so we retry _after_ the reset time
            // https://docs.github.com/en/rest/overview/resources-in-the-rest-api?apiVersion=2022-11-28#exceeding-the-rate-limit
            Math.ceil((rateLimitReset - Date.now()) / 1e3) + 1,
            0
          );
          const wantRetry2 = await emitter.trigger(
            "rate-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        return {};
      })();
      if (wantRetry) {
        request.retryCount++;
        return retryAfter * state2.retryAfterBaseValue;
      }
    });
  };
  octokit.hook.wrap("request", (request, options) => {
    initializeBottleneck();
    return wrapRequest(state, request, options);
  });
  return {};
}
throttling.VERSION = VERSION;
throttling.triggersNotification = triggersNotification;


;// CONCATENATED MODULE: ./shared/github/client.ts
/**
 * The one way mlgate talks to GitHub's REST API: octokit with retries (5xx and network errors, with
 * backoff), throttling (primary and secondary rate limits, waiting a bounded time), the GHES base URL
 * from GITHUB_API_URL, and `mlgate/<version>` as the user agent. octokit's own log goes to debug, so
 * the layer above decides what users see (and warns once).
 */




const MlgateOctokit = dist_src/* Octokit */.E.plugin(dist_bundle/* retry */.L, throttling);
/** A client for the repository's API, as the token allows. */
function createGitHubClient(options) {
    const { logger } = options;
    const maxWait = options.maxRateLimitWait ?? 60;
    const retries = options.retries ?? 3;
    const timeoutMs = options.timeoutMs ?? 30_000;
    const onLimit = (kind) => (retryAfter, request, _octokit, retryCount) => {
        if (retryCount < retries && retryAfter <= maxWait) {
            logger.info(`GitHub ${kind} rate limit on ${request.method} ${request.url}: retrying in ${retryAfter}s`);
            return true;
        }
        logger.debug(`GitHub ${kind} rate limit on ${request.method} ${request.url}: not waiting ${retryAfter}s`);
        return false;
    };
    return new MlgateOctokit({
        auth: options.token,
        baseUrl: options.baseUrl,
        userAgent: `mlgate/${version/* MLGATE_VERSION */.C}`,
        log: {
            debug: (message) => {
                logger.debug(message);
            },
            info: (message) => {
                logger.debug(message);
            },
            warn: (message) => {
                logger.debug(message);
            },
            error: (message) => {
                logger.debug(message);
            }
        },
        request: {
            // A hung connection would hold the step; a timeout surfaces as a retryable network error.
            fetch: (url, init) => fetch(url, { ...init, signal: init?.signal ?? AbortSignal.timeout(timeoutMs) })
        },
        // 429 is the throttling plugin's to retry: it honours retry-after and the bounded wait, where
        // the retry plugin would back off blindly. 403s are refusals (or rate limits, also throttling's).
        retry: { retries, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
        throttle: {
            onRateLimit: onLimit('primary'),
            onSecondaryRateLimit: onLimit('secondary')
        }
    });
}

;// CONCATENATED MODULE: ./shared/github/comments.ts
/**
 * The policy: `off` never touches the comment; a clean pass updates the existing comment (or
 * deletes it with `comment-on-pass: delete`) and posts a new one only with `always`; anything else
 * (failures or warnings) posts or updates it.
 */
function commentAction(mode, onPass, status) {
    if (mode === 'off')
        return 'none';
    if (status !== 'passed')
        return 'upsert';
    if (onPass === 'delete')
        return 'delete-existing';
    return mode === 'always' ? 'upsert' : 'update-existing';
}
/** Comments read at most (100 per page): a pull request with more is not one we can keep tidy. */
const MAX_PAGES = 50;
const PER_PAGE = 100;
/**
 * The oldest comment on the pull request whose body starts with the marker, bots' first. Pages are
 * walked by number, not by following Link headers: the token then never goes to a URL the API
 * root did not name.
 */
async function findStickyComment(client, repository, pullRequest, marker) {
    let fallback;
    for (let page = 1; page <= MAX_PAGES; page++) {
        const { data } = await client.request('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
            ...repository,
            issue_number: pullRequest,
            per_page: PER_PAGE,
            page
        });
        for (const comment of data) {
            if (!(comment.body ?? '').startsWith(marker))
                continue;
            const found = { id: Number(comment.id), url: comment.html_url };
            // The workflow token posts as a bot; a person's comment that merely starts with the marker
            // is only a fallback (a personal token posts as that person).
            if (comment.user?.type === 'Bot')
                return found;
            fallback ??= found;
        }
        if (data.length < PER_PAGE)
            break;
    }
    return fallback;
}
/** Applies the policy: finds the sticky comment, then creates, edits or deletes it. */
async function syncStickyComment(client, repository, pullRequest, marker, body, action) {
    if (action === 'none')
        return { action: 'none' };
    const existing = await findStickyComment(client, repository, pullRequest, marker);
    if (existing === undefined) {
        if (action !== 'upsert')
            return { action: 'none' };
        const { data } = await client.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
            ...repository,
            issue_number: pullRequest,
            body
        });
        return { action: 'created', url: data.html_url };
    }
    if (action === 'delete-existing') {
        await client.request('DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}', {
            ...repository,
            comment_id: existing.id
        });
        return { action: 'deleted' };
    }
    const { data } = await client.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
        ...repository,
        comment_id: existing.id,
        body
    });
    return { action: 'updated', url: data.html_url };
}

// EXTERNAL MODULE: ./shared/github/errors.ts
var errors = __webpack_require__(35585);
;// CONCATENATED MODULE: ./shared/github/post-report.ts







/** A client for the API at `apiUrl` with `token`. */
function clientFor(token, apiUrl, logger) {
    return createGitHubClient({ token, baseUrl: apiUrl, logger });
}
/** Posts the check run and the comment; never throws for an API failure. */
async function postReport(client, request, logger) {
    const { verdict, target } = request;
    const refusals = [];
    let checkRun;
    let comment;
    if (request.skip?.checkRun !== true) {
        try {
            const content = (0,check_run/* checkRunContent */.TJ)(verdict, request.markdown, {
                ...(target.workspace === undefined ? {} : { workspace: target.workspace }),
                ...(request.reportNote === undefined ? {} : { reportNote: request.reportNote })
            });
            checkRun = await publishCheckRun(client, {
                repository: target.repository,
                headSha: target.headSha,
                name: request.checkName,
                ...(target.runUrl === undefined ? {} : { detailsUrl: target.runUrl }),
                startedAt: verdict.createdAt
            }, content);
            logger.info(`${checkRun.created ? 'Created' : 'Updated'} check run "${request.checkName}" on ${target.headSha.slice(0, 7)}${content.annotations.length > 0 ? ` with ${content.annotations.length} annotations` : ''}: ${checkRun.url}`);
        }
        catch (error) {
            refusals.push({ what: 'check run', refusal: (0,errors/* refusalOf */.O)(error) });
        }
    }
    if (target.pullRequest !== undefined && request.skip?.comment !== true) {
        try {
            const marker = (0,report_comment/* commentMarker */.Ql)(verdict.gate, request.key);
            const body = (0,report_comment/* commentBody */.I2)(marker, verdict, request.markdown, {
                version: version/* MLGATE_VERSION */.C,
                headSha: target.headSha,
                ...(target.headRef === undefined ? {} : { headRef: target.headRef }),
                ...(target.runUrl === undefined ? {} : { runUrl: target.runUrl })
            });
            comment = await syncStickyComment(client, target.repository, target.pullRequest, marker, body, commentAction(request.comment, request.commentOnPass, verdict.status));
            if (comment.action !== 'none')
                logger.info(`${{ created: 'Created', updated: 'Updated', deleted: 'Deleted' }[comment.action]} the comment on pull request #${target.pullRequest}${comment.url === undefined ? '' : `: ${comment.url}`}`);
        }
        catch (error) {
            refusals.push({ what: 'comment', refusal: (0,errors/* refusalOf */.O)(error) });
        }
    }
    return {
        ...(checkRun === undefined ? {} : { checkRun }),
        ...(comment === undefined ? {} : { comment }),
        refusals
    };
}
/**
 * The one warning for everything that could not be posted: what, why (read-only token on a fork,
 * missing permission, rate limit…), and where the report is instead.
 */
function refusalWarning(refusals, situation) {
    const what = [...new Set(refusals.map((entry) => entry.what))].join(' and ');
    const first = refusals[0]?.refusal;
    const reason = first === undefined
        ? ''
        : first.kind === 'read-only' || first.kind === 'not-found'
            ? situation.fork
                ? 'the token is read-only (a pull request from a fork)'
                : 'the token may not write here (grant `checks: write` and `pull-requests: write` in the workflow’s permissions)'
            : first.kind === 'unauthorized'
                ? 'the token was refused (401)'
                : first.kind === 'rate-limited'
                    ? 'GitHub’s rate limit'
                    : 'GitHub did not answer';
    const detail = first === undefined ? '' : ` (${first.status === undefined ? '' : `${first.status} `}${first.message})`;
    return `mlgate could not post the ${what}: ${reason}${detail}. The verdict is unchanged. ${situation.bundleHint}`;
}


/***/ }),

/***/ 53469:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  publishBundles: () => (/* binding */ publishBundles)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(38816);
// EXTERNAL MODULE: ./shared/runtime/errors.ts
var errors = __webpack_require__(8126);
// EXTERNAL MODULE: ./shared/report/bundle-format.ts
var bundle_format = __webpack_require__(48217);
// EXTERNAL MODULE: ./shared/report/options.ts
var options = __webpack_require__(65815);
// EXTERNAL MODULE: ./shared/report/render.ts + 4 modules
var render = __webpack_require__(46837);
// EXTERNAL MODULE: ./shared/gate/verdict.ts
var verdict = __webpack_require__(56045);
;// CONCATENATED MODULE: ./shared/report/verdict-schema.ts
/**
 * Verdicts read back from a report bundle. A bundle uploaded by a pull request's workflow is
 * untrusted (a fork controls what it uploads), so `mlgate publish-report` parses it here before
 * rendering anything. The data schema covers exactly the fields the renderers read; a test parses a
 * real validate-data verdict with it so the two cannot drift apart.
 */



/** Gate names are words of the CLI: also the file names of the bundle. */
const GATE_NAME = /^[a-z][a-z0-9-]{0,63}$/;
const verdict_schema_text = schemas/* string */.YjP().max(100_000);
const count = schemas/* number */.aig().int().nonnegative();
const finite = schemas/* number */.aig().refine(Number.isFinite, 'expected a finite number');
const checkSchema = schemas/* object */.Ikc({
    id: verdict_schema_text,
    name: verdict_schema_text,
    severity: schemas/* enum */.k5n(['error', 'warning']),
    success: schemas/* boolean */.zMY(),
    message: verdict_schema_text,
    kwargs: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()),
    observed: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()),
    examples: schemas/* array */.YOg(schemas/* object */.Ikc({
        file: verdict_schema_text,
        line: count,
        value: verdict_schema_text.optional(),
        note: verdict_schema_text.optional()
    }))
        .max(10_000),
    source: schemas/* object */.Ikc({ file: verdict_schema_text, line: count, column: count }).optional()
});
const verdictSchema = schemas/* object */.Ikc({
    mlgate: schemas/* object */.Ikc({ verdict: schemas/* literal */.euz(verdict/* VERDICT_VERSION */.Hv), version: schemas/* string */.YjP().max(64) }),
    gate: schemas/* string */.YjP().regex(GATE_NAME),
    status: schemas/* enum */.k5n(['passed', 'warning', 'failed']),
    passed: schemas/* boolean */.zMY(),
    failOn: schemas/* enum */.k5n(['error', 'warning', 'never']),
    headline: verdict_schema_text,
    checks: schemas/* array */.YOg(checkSchema).max(100_000),
    createdAt: schemas/* string */.YjP().max(64),
    durationMs: schemas/* number */.aig().nonnegative(),
    details: schemas/* unknown */.L5J()
});
const numeric = schemas/* object */.Ikc({
    min: finite,
    max: finite,
    mean: finite.nullable(),
    std: finite.nullable()
});
const dataDetailsSchema = schemas/* object */.Ikc({
    data: schemas/* object */.Ikc({
        path: verdict_schema_text,
        format: verdict_schema_text,
        files: schemas/* array */.YOg(schemas/* object */.Ikc({ path: verdict_schema_text, bytes: count, sha256: schemas/* string */.YjP().regex(/^[0-9a-f]{64}$/) })),
        fingerprint: schemas/* string */.YjP().regex(/^[0-9a-f]{64}$/),
        rows: count,
        columns: schemas/* array */.YOg(schemas/* object */.Ikc({ name: verdict_schema_text }))
    }),
    profile: schemas/* array */.YOg(schemas/* object */.Ikc({
        name: verdict_schema_text,
        type: verdict_schema_text,
        nulls: count,
        nan: count,
        invalid: count,
        distinct: count,
        distinctExact: schemas/* boolean */.zMY(),
        mostCommon: schemas/* array */.YOg(schemas/* object */.Ikc({ value: verdict_schema_text, count })),
        numeric: numeric.optional(),
        datetime: schemas/* object */.Ikc({ min: verdict_schema_text, max: verdict_schema_text }).optional()
    })),
    drift: schemas/* object */.Ikc({
        reference: verdict_schema_text,
        columns: schemas/* array */.YOg(schemas/* object */.Ikc({
            column: verdict_schema_text,
            method: verdict_schema_text,
            statistic: finite.nullable(),
            pValue: finite.optional(),
            threshold: finite,
            drifted: schemas/* boolean */.zMY(),
            referenceRows: count,
            currentRows: count
        })),
        untested: schemas/* array */.YOg(schemas/* object */.Ikc({ column: verdict_schema_text, reason: verdict_schema_text })),
        driftedColumns: count,
        share: finite,
        threshold: finite
    })
        .optional()
});
/** Parses an untrusted verdict; throws a message naming the first field at fault. */
function parseVerdict(json, where) {
    const result = verdictSchema.safeParse(json);
    if (!result.success) {
        const issue = result.error.issues[0];
        throw new errors/* DataError */.fL(`${where}: not an mlgate verdict: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}`);
    }
    return json;
}
/** Whether validate-data's details have every field its renderers read, with the right types. */
function isDataDetails(details) {
    return dataDetailsSchema.safeParse(details).success;
}
const metricValues = schemas/* record */.g1P(schemas/* string */.YjP(), finite.nullable());
const modelFacts = schemas/* object */.Ikc({
    path: verdict_schema_text,
    bytes: count,
    latencyMsPerRow: finite.nullable(),
    features: schemas/* array */.YOg(verdict_schema_text)
});
const sliceMetrics = schemas/* array */.YOg(schemas/* object */.Ikc({ slice: verdict_schema_text, column: verdict_schema_text.optional(), rows: count, values: metricValues }));
/** The fields of evaluate-thresholds' details its renderers read. */
const evaluationDetailsSchema = schemas/* object */.Ikc({
    task: schemas/* enum */.k5n(['classification', 'regression']),
    data: schemas/* object */.Ikc({ path: verdict_schema_text, rows: count, dropped: count }),
    model: modelFacts,
    baseline: modelFacts.extend({ kind: schemas/* enum */.k5n(['model', 'verdict']) }).optional(),
    metrics: sliceMetrics.min(1),
    baselineMetrics: sliceMetrics.optional(),
    classes: schemas/* array */.YOg(verdict_schema_text).optional(),
    confusionMatrix: schemas/* array */.YOg(schemas/* array */.YOg(count)).optional(),
    curves: schemas/* object */.Ikc({
        roc: schemas/* object */.Ikc({ fpr: schemas/* array */.YOg(finite), tpr: schemas/* array */.YOg(finite), auc: finite.nullable() }).optional(),
        pr: schemas/* object */.Ikc({ recall: schemas/* array */.YOg(finite), precision: schemas/* array */.YOg(finite) }).optional()
    })
        .optional(),
    reasons: schemas/* record */.g1P(schemas/* string */.YjP(), verdict_schema_text),
    warnings: schemas/* array */.YOg(schemas/* object */.Ikc({ metric: verdict_schema_text, message: verdict_schema_text })),
    notes: schemas/* array */.YOg(verdict_schema_text)
});
/** Whether evaluate-thresholds' details have every field its renderers read, with the right types. */
function isEvaluationDetails(details) {
    return evaluationDetailsSchema.safeParse(details).success;
}
/**
 * Whether a verdict's details are in the shape its gate's renderers read (an old or hostile bundle's
 * may not be); true for gates without renderers of their own.
 */
function detailsFit(verdict) {
    if (verdict.gate === 'validate-data')
        return isDataDetails(verdict.details);
    if (verdict.gate === 'evaluate-thresholds')
        return isEvaluationDetails(verdict.details);
    return true;
}

;// CONCATENATED MODULE: ./shared/report/bundle.ts
/**
 * Reading a report bundle back (see bundle-format.ts). A bundle is untrusted (a fork's workflow may
 * have written it): the bundle file and its verdict are parsed strictly, and the verdict's details
 * are rendered by their gate's renderers only when they are in the shape those read.
 */








/** Verdicts larger than this are refused (a fork could upload anything). */
const MAX_VERDICT_BYTES = 64 * 1024 * 1024;
const fileName = schemas/* string */.YjP()
    .max(200)
    .refine((name) => name === (0,external_node_path_.basename)(name) && name !== '..' && name !== '.' && !name.includes('\\'), {
    message: 'expected a file name in the bundle folder'
});
const bundleSchema = schemas/* object */.Ikc({
    mlgate: schemas/* object */.Ikc({ bundle: schemas/* literal */.euz(bundle_format/* BUNDLE_VERSION */.AY), version: schemas/* string */.YjP().max(64) }),
    gate: schemas/* string */.YjP().regex(GATE_NAME),
    key: schemas/* string */.YjP().regex(/^[a-z0-9][a-z0-9-]{0,63}$/),
    checkName: schemas/* string */.YjP()
        .min(1)
        .max(100)
        // eslint-disable-next-line no-control-regex
        .refine((name) => !/[\u0000-\u001F\u007F]/.test(name), { message: 'expected no control characters' }),
    comment: schemas/* enum */.k5n(options/* COMMENT_MODES */.p8),
    commentOnPass: schemas/* enum */.k5n(options/* COMMENT_ON_PASS */.A8),
    files: schemas/* object */.Ikc({ verdict: fileName, markdown: fileName, html: fileName, junit: fileName }),
    github: schemas/* object */.Ikc({
        repository: schemas/* string */.YjP().regex(/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/),
        eventName: schemas/* string */.YjP().regex(/^[a-z_]{1,64}$/),
        headSha: schemas/* string */.YjP().regex(/^[0-9a-f]{40}([0-9a-f]{24})?$/),
        headRef: schemas/* string */.YjP().min(1).max(255).optional(),
        pullRequest: schemas/* number */.aig().int().positive().optional(),
        fork: schemas/* boolean */.zMY(),
        runId: schemas/* string */.YjP()
            .regex(/^\d{1,20}$/)
            .optional()
    })
        .optional(),
    posted: schemas/* object */.Ikc({ checkRun: schemas/* boolean */.zMY(), comment: schemas/* boolean */.zMY() })
});
/** The bundle files under `dir` (download-artifact puts each artifact in its own folder). */
async function findBundles(dir, depth = 3) {
    let entries;
    try {
        entries = await (0,promises_.readdir)(dir, { withFileTypes: true });
    }
    catch (error) {
        throw new errors/* DataError */.fL(`${dir}: cannot read the report directory (${error.code ?? 'error'})`);
    }
    const found = [];
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
        const path = (0,external_node_path_.join)(dir, entry.name);
        if (entry.isFile() && entry.name.endsWith(bundle_format/* BUNDLE_SUFFIX */.Zf))
            found.push(path);
        else if (entry.isDirectory() && depth > 0)
            found.push(...(await findBundles(path, depth - 1)));
    }
    return found;
}
/** Reads and checks a bundle and its verdict. Throws a DataError naming the file and field at fault. */
async function readBundle(path) {
    const parsed = bundleSchema.safeParse(await readJson(path, 1024 * 1024));
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new errors/* DataError */.fL(`${path}: not an mlgate report bundle: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}`);
    }
    const bundle = parsed.data;
    const verdictPath = (0,external_node_path_.join)(path, '..', bundle.files.verdict);
    const verdict = parseVerdict(await readJson(verdictPath, MAX_VERDICT_BYTES), verdictPath);
    if (verdict.gate !== bundle.gate)
        throw new errors/* DataError */.fL(`${verdictPath}: the verdict is for ${verdict.gate}, the bundle for ${bundle.gate}`);
    return {
        bundle,
        verdict,
        report: detailsFit(verdict) ? (0,render/* renderReport */.B1)(verdict) : (0,render/* renderGenericReport */.UN)(verdict)
    };
}
async function readJson(path, maxBytes) {
    let size;
    try {
        size = (await (0,promises_.stat)(path)).size;
    }
    catch (error) {
        throw new errors/* DataError */.fL(`${path}: cannot read (${error.code ?? 'error'})`);
    }
    if (size > maxBytes)
        throw new errors/* DataError */.fL(`${path}: ${size} bytes, more than the ${maxBytes} a report may have`);
    try {
        return JSON.parse(await (0,promises_.readFile)(path, 'utf8'));
    }
    catch (error) {
        throw new errors/* DataError */.fL(`${path}: not valid JSON (${error instanceof Error ? error.message : 'parse error'})`);
    }
}

// EXTERNAL MODULE: ./shared/github/context.ts
var context = __webpack_require__(63643);
// EXTERNAL MODULE: ./shared/github/errors.ts
var github_errors = __webpack_require__(35585);
// EXTERNAL MODULE: ./shared/github/post-report.ts + 4 modules
var post_report = __webpack_require__(4443);
;// CONCATENATED MODULE: ./shared/github/publish-bundle.ts
/**
 * `mlgate publish-report`: posts saved report bundles from a workflow that may write (a
 * `workflow_run` workflow following a fork's pull-request workflow). The bundle is untrusted: the
 * fork's workflow wrote it. So the repository is this run's own, the commit must be the head of the
 * run that triggered this one, the pull request must have that head, and the markdown is rendered
 * again from the parsed verdict (the bundle's own .md is never posted).
 */





async function publishEnvironment(env) {
    const [owner, repo, ...rest] = (env.GITHUB_REPOSITORY ?? '').split('/');
    if (owner === undefined || owner === '' || repo === undefined || repo === '' || rest.length > 0)
        throw new errors/* ConfigurationError */.j1('GITHUB_REPOSITORY must name the repository to post to (owner/name)');
    const eventName = env.GITHUB_EVENT_NAME ?? '';
    const payload = await (0,context/* readEventPayload */.N5)(env);
    const fromEvent = (0,context/* fromPayload */.XL)(eventName, payload);
    const workflowRun = payload.workflow_run;
    return {
        repository: { owner, repo },
        apiUrl: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, ''),
        eventName,
        ...(eventName === 'workflow_run' && fromEvent.headSha !== undefined
            ? { headSha: fromEvent.headSha }
            : {}),
        eventPullRequests: fromEvent.eventPullRequests,
        ...(typeof workflowRun?.html_url === 'string' ? { runUrl: workflowRun.html_url } : {})
    };
}
/** Whether the pull request's head is still the bundle's commit (so the comment belongs there). */
async function pullRequestMatches(client, where, number, headSha, logger) {
    if (where.eventPullRequests.includes(number))
        return true;
    try {
        const { data } = await client.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', {
            ...where.repository,
            pull_number: number
        });
        if (data.head.sha === headSha)
            return true;
        logger.warning(`Not commenting on pull request #${number}: its head is ${data.head.sha.slice(0, 7)}, the report is for ${headSha.slice(0, 7)} (a newer push, or a report that names the wrong pull request).`);
    }
    catch (error) {
        logger.warning(`Not commenting on pull request #${number}: cannot read it (${(0,github_errors/* refusalOf */.O)(error).message}).`);
    }
    return false;
}
function checkTrust(bundle, where, file) {
    const github = bundle.github;
    if (github === undefined)
        throw new errors/* DataError */.fL(`${file}: the bundle was not written in GitHub Actions, so it names no commit to post to`);
    const expected = `${where.repository.owner}/${where.repository.repo}`;
    if (github.repository.toLowerCase() !== expected.toLowerCase())
        throw new errors/* DataError */.fL(`${file}: the bundle is for ${github.repository}, this run posts to ${expected}`);
    if (where.headSha !== undefined && github.headSha !== where.headSha)
        throw new errors/* DataError */.fL(`${file}: the bundle is for commit ${github.headSha}, the workflow run that triggered this one is for ${where.headSha}`);
    return github;
}
/** Posts every bundle under `options.dir`; returns what each posted. Throws when nothing is there to post. */
async function publishBundles(options, env, logger) {
    const files = await findBundles(options.dir);
    if (files.length === 0)
        throw new errors/* DataError */.fL(`${options.dir}: no report bundle (<gate>.bundle.json) here; download the gate's artifact (mlgate-<gate>) into it first`);
    if (options.token === undefined)
        throw new errors/* ConfigurationError */.j1('input `github-token` is required to post reports');
    const where = await publishEnvironment(env);
    const client = (0,post_report.clientFor)(options.token, where.apiUrl, logger);
    const published = [];
    for (const file of files) {
        const { bundle, verdict, report } = await readBundle(file);
        const github = checkTrust(bundle, where, file);
        const comment = github.pullRequest !== undefined &&
            !bundle.posted.comment &&
            (await pullRequestMatches(client, where, github.pullRequest, github.headSha, logger));
        const outcome = await (0,post_report.postReport)(client, {
            verdict,
            markdown: report.markdown,
            target: {
                repository: where.repository,
                headSha: github.headSha,
                ...(github.headRef === undefined ? {} : { headRef: github.headRef }),
                ...(comment ? { pullRequest: github.pullRequest } : {}),
                ...(where.runUrl === undefined ? {} : { runUrl: where.runUrl })
            },
            checkName: bundle.checkName,
            comment: bundle.comment,
            commentOnPass: bundle.commentOnPass,
            key: bundle.key,
            skip: { checkRun: bundle.posted.checkRun },
            reportNote: 'The full report (HTML, JUnit, verdict JSON) is in the report artifact of the pull request’s workflow run.'
        }, logger);
        published.push({ file, gate: bundle.gate, outcome });
    }
    return published;
}


/***/ })

};
