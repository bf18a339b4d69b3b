namespace Throughline.Web.Tests.Authorization;

/// <summary>
/// Every endpoint of the API and the status each caller gets from it, in an organization holding
/// <see cref="MatrixPlan"/>. Every caller has an organization of its own, so a write never changes what another
/// caller's request finds; creates use ids no other row uses and deletes take the *-del items of the plan.
/// </summary>
internal static class EndpointMatrix
{
    private const string Yaml = "application/yaml";

    // The columns: anonymous, foreign, then the roles in the caller's own organization.
    public static readonly Endpoint[] Rows =
    [
        //                                                                                                                                                                   anon  frgn owner admin leadr mangr membr viewr
        new("GET", "{org}", null,                                                                                                                                            401, 404, 200, 200, 200, 200, 200, 200),
        new("DELETE", "{org}", null,                                                                                                                                         401, 404, 204, 403, 403, 403, 403, 403) { InFreshOrganization = true },

        new("GET", "{org}/members", null,                                                                                                                                    401, 404, 200, 200, 200, 200, 200, 200),
        new("POST", "{org}/members", """{"email":"joiner@matrix.test","role":"member"}""",                                                                                   401, 404, 201, 201, 403, 403, 403, 403),
        new("POST", "{org}/members", """{"email":"new-owner@matrix.test","role":"owner"}""",                                                                                 401, 404, 201, 403, 403, 403, 403, 403),
        new("PUT", "{org}/members/{change}", """{"role":"member","person":"sam"}""",                                                                                         401, 404, 200, 200, 403, 403, 403, 403),
        new("PUT", "{org}/members/{promote}", """{"role":"owner"}""",                                                                                                        401, 404, 200, 403, 403, 403, 403, 403),
        new("PUT", "{org}/members/{demote}", """{"role":"viewer"}""",                                                                                                        401, 404, 200, 403, 403, 403, 403, 403),
        new("DELETE", "{org}/members/{remove}", null,                                                                                                                        401, 404, 204, 204, 403, 403, 403, 403),
        new("DELETE", "{org}/members/{unseat}", null,                                                                                                                        401, 404, 204, 403, 403, 403, 403, 403),
        new("DELETE", "{org}/members/{me}", null,                                                                                                                            401, 404, 409, 204, 204, 204, 204, 204) { InFreshOrganization = true },

        new("GET", "{org}/plan", null,                                                                                                                                       401, 404, 200, 200, 403, 403, 403, 403),
        new("PUT", "{org}/plan", MatrixPlan.Yaml,                                                                                                                            401, 404, 200, 200, 403, 403, 403, 403) { MediaType = Yaml },

        new("GET", "{org}/units", null,                                                                                                                                      401, 404, 200, 200, 200, 200, 200, 200),
        new("GET", "{org}/units/ops", null,                                                                                                                                  401, 404, 200, 200, 200, 200, 200, 200),
        new("GET", "{org}/units/ops/history", null,                                                                                                                          401, 404, 200, 200, 200, 200, 200, 200),
        new("POST", "{org}/units", """{"id":"unit-new","name":"Support","parent":"hq"}""",                                                                                   401, 404, 201, 201, 403, 403, 403, 403),
        new("PUT", "{org}/units/sales", """{"id":"sales","name":"Sales and partners","parent":"hq"}""",                                                                      401, 404, 200, 200, 403, 403, 403, 403),
        new("DELETE", "{org}/units/unit-del", null,                                                                                                                          401, 404, 204, 204, 403, 403, 403, 403),

        new("GET", "{org}/people", null,                                                                                                                                     401, 404, 200, 200, 200, 200, 200, 200),
        new("GET", "{org}/people/max", null,                                                                                                                                 401, 404, 200, 200, 200, 200, 200, 200),
        new("GET", "{org}/people/max/history", null,                                                                                                                         401, 404, 200, 200, 200, 200, 200, 200),
        new("POST", "{org}/people", """{"id":"person-new","name":"Nia New","unit":"sales","level":"frontline","manager":"sam"}""",                                           401, 404, 201, 201, 403, 403, 403, 403),
        new("PUT", "{org}/people/vic", """{"id":"vic","name":"Vic Viewer-Smith","unit":"sales","level":"frontline","manager":"sam"}""",                                      401, 404, 200, 200, 403, 403, 403, 403),
        new("DELETE", "{org}/people/person-del", null,                                                                                                                       401, 404, 204, 204, 403, 403, 403, 403),

        new("GET", "{org}/swot", null,                                                                                                                                       401, 404, 200, 200, 200, 200, 200, 200),
        new("GET", "{org}/swot/S1", null,                                                                                                                                    401, 404, 200, 200, 200, 200, 200, 200),
        new("GET", "{org}/swot/S1/history", null,                                                                                                                            401, 404, 200, 200, 200, 200, 200, 200),
        new("POST", "{org}/swot", """{"id":"swot-new","kind":"opportunity","text":"A market in the north"}""",                                                               401, 404, 201, 201, 201, 403, 403, 403),
        new("PUT", "{org}/swot/S1", """{"id":"S1","kind":"strength","text":"Very loyal customers"}""",                                                                       401, 404, 200, 200, 200, 403, 403, 403),
        new("DELETE", "{org}/swot/swot-del", null,                                                                                                                           401, 404, 204, 204, 204, 403, 403, 403),

        new("GET", "{org}/criteria", null,                                                                                                                                   401, 404, 200, 200, 200, 200, 200, 200),
        new("GET", "{org}/criteria/impact", null,                                                                                                                            401, 404, 200, 200, 200, 200, 200, 200),
        new("GET", "{org}/criteria/impact/history", null,                                                                                                                    401, 404, 200, 200, 200, 200, 200, 200),
        new("POST", "{org}/criteria", """{"id":"crit-new","name":"Urgency"}""",                                                                                              401, 404, 201, 201, 201, 403, 403, 403),
        new("PUT", "{org}/criteria/impact", """{"id":"impact","name":"Customer impact","weight":3}""",                                                                       401, 404, 200, 200, 200, 403, 403, 403),
        new("DELETE", "{org}/criteria/crit-del", null,                                                                                                                       401, 404, 204, 204, 204, 403, 403, 403),

        new("GET", "{org}/goals", null,                                                                                                                                      401, 404, 200, 200, 200, 200, 200, 200),
        new("GET", "{org}/goals/G1", null,                                                                                                                                   401, 404, 200, 200, 200, 200, 200, 200),
        new("GET", "{org}/goals/G1/history", null,                                                                                                                           401, 404, 200, 200, 200, 200, 200, 200),
        new("POST", "{org}/goals", """{"id":"goal-new","title":"Grow in the north"}""",                                                                                      401, 404, 201, 201, 201, 403, 403, 403),
        new("PUT", "{org}/goals/G1", """{"id":"G1","title":"Serve every customer very well","owner":"lea"}""",                                                               401, 404, 200, 200, 200, 403, 403, 403),
        new("DELETE", "{org}/goals/goal-del", null,                                                                                                                          401, 404, 204, 204, 204, 403, 403, 403),

        new("GET", "{org}/vision", null,                                                                                                                                     401, 404, 200, 200, 200, 200, 200, 200),
        new("GET", "{org}/vision/history", null,                                                                                                                             401, 404, 200, 200, 200, 200, 200, 200),
        new("PUT", "{org}/vision", """{"statement":"Every customer served on the first call, everywhere"}""",                                                                401, 404, 200, 200, 200, 403, 403, 403),
        new("POST", "{org}/vision/key-results", """{"id":"vs-new","title":"Repeat customers","baseline":0,"target":50}""",                                                   401, 404, 201, 201, 201, 403, 403, 403),
        new("DELETE", "{org}/vision", null,                                                                                                                                  401, 404, 204, 204, 204, 403, 403, 403) { InFreshOrganization = true },

        new("GET", "{org}/objectives", null,                                                                                                                                 401, 404, 200, 200, 200, 200, 200, 200),
        new("GET", "{org}/objectives/O-ops", null,                                                                                                                           401, 404, 200, 200, 200, 200, 200, 200),
        new("GET", "{org}/objectives/O-ops/history", null,                                                                                                                   401, 404, 200, 200, 200, 200, 200, 200),
        new("GET", "{org}/objectives/O-private", null,                                                                                                                       401, 404, 200, 200, 404, 200, 404, 404),
        new("GET", "{org}/objectives/O-private/history", null,                                                                                                               401, 404, 200, 200, 404, 200, 404, 404),
        new("POST", "{org}/objectives", """{"id":"objective-new-ops","title":"Halve repeat calls","contributes_to":["G1"],"owner":"mona","unit":"ops"}""",                   401, 404, 201, 201, 201, 201, 403, 403),
        new("POST", "{org}/objectives", """{"id":"objective-new-sales","title":"Open two shops","contributes_to":["G1"],"owner":"sam","unit":"sales"}""",                    401, 404, 201, 201, 201, 403, 403, 403),
        new("POST", "{org}/objectives", """{"id":"O-private","title":"An id that is taken","owner":"mona","unit":"ops"}""",                                                  401, 404, 409, 409, 409, 409, 403, 403),
        new("PUT", "{org}/objectives/O-ops", """{"id":"O-ops","title":"Answer every call within 30 seconds","contributes_to":["G1"],"owner":"mona","unit":"ops"}""",          401, 404, 200, 200, 200, 200, 403, 403),
        new("PUT", "{org}/objectives/O-field", """{"id":"O-field","title":"Fix every fault on the first visit","contributes_to":["G1"],"owner":"mona","unit":"ops-field"}""", 401, 404, 200, 200, 200, 200, 403, 403),
        new("PUT", "{org}/objectives/O-field", """{"id":"O-field","title":"Fix faults on the first visit","contributes_to":["G1"],"owner":"mona","unit":"sales"}""",          401, 404, 200, 200, 200, 403, 403, 403),
        new("PUT", "{org}/objectives/O-sales", """{"id":"O-sales","title":"Win many new customers","contributes_to":["G1"],"owner":"sam","unit":"sales"}""",                 401, 404, 200, 200, 200, 403, 403, 403),
        new("PUT", "{org}/objectives/O-private", """{"id":"O-private","title":"Prepare the reorganization","owner":"pia","unit":"ops","x-private":true}""",                  401, 404, 200, 200, 404, 200, 404, 404),
        new("DELETE", "{org}/objectives/objective-del", null,                                                                                                                401, 404, 204, 204, 204, 204, 403, 403),

        new("GET", "{org}/key-results", null,                                                                                                                                401, 404, 200, 200, 200, 200, 200, 200),
        new("GET", "{org}/key-results/KR-max", null,                                                                                                                         401, 404, 200, 200, 200, 200, 200, 200),
        new("GET", "{org}/key-results/KR-max/history", null,                                                                                                                 401, 404, 200, 200, 200, 200, 200, 200),
        new("GET", "{org}/key-results/KR-private", null,                                                                                                                     401, 404, 200, 200, 404, 200, 404, 404),
        new("GET", "{org}/key-results/KR-private/history", null,                                                                                                             401, 404, 200, 200, 404, 200, 404, 404),
        new("POST", "{org}/objectives/O-ops/key-results", """{"id":"kr-new-ops","title":"Calls dropped","baseline":10,"target":2}""",                                        401, 404, 201, 201, 201, 201, 403, 403),
        new("POST", "{org}/objectives/O-sales/key-results", """{"id":"kr-new-sales","title":"Shops opened","baseline":0,"target":2}""",                                      401, 404, 201, 201, 201, 403, 403, 403),
        new("POST", "{org}/objectives/O-private/key-results", """{"id":"kr-new-private","title":"Roles described","baseline":0,"target":5}""",                               401, 404, 201, 201, 404, 201, 404, 404),
        new("PUT", "{org}/key-results/KR-ops", """{"id":"KR-ops","title":"Calls answered within a minute","baseline":0,"target":12,"owner":"mona"}""",                       401, 404, 200, 200, 200, 200, 403, 403),
        new("PUT", "{org}/key-results/KR-max", """{"id":"KR-max","title":"Callbacks made the same day","baseline":0,"target":12,"owner":"max"}""",                           401, 404, 200, 200, 200, 200, 403, 403),
        new("PUT", "{org}/key-results/KR-sales", """{"id":"KR-sales","title":"New customers","baseline":0,"target":12,"owner":"sam"}""",                                     401, 404, 200, 200, 200, 403, 403, 403),
        new("PUT", "{org}/key-results/VS1", """{"id":"VS1","title":"Customers served","baseline":0,"target":120,"owner":"cora"}""",                                          401, 404, 200, 200, 200, 403, 403, 403),
        new("DELETE", "{org}/key-results/kr-del", null,                                                                                                                      401, 404, 204, 204, 204, 204, 403, 403),

        new("GET", "{org}/key-results/KR-max/check-ins", null,                                                                                                               401, 404, 200, 200, 200, 200, 200, 200),
        new("GET", "{org}/key-results/KR-max/check-ins/0", null,                                                                                                             401, 404, 200, 200, 200, 200, 200, 200),
        new("GET", "{org}/key-results/KR-private/check-ins", null,                                                                                                           401, 404, 200, 200, 404, 200, 404, 404),
        new("GET", "{org}/key-results/KR-private/check-ins/0", null,                                                                                                         401, 404, 200, 200, 404, 200, 404, 404),
        new("POST", "{org}/key-results/KR-max/check-ins", """{"date":"2026-10-01","value":5}""",                                                                             401, 404, 201, 201, 201, 201, 201, 403),
        new("POST", "{org}/key-results/KR-team/check-ins", """{"date":"2026-10-01","value":5}""",                                                                            401, 404, 201, 201, 201, 201, 201, 403),
        new("POST", "{org}/key-results/KR-ops/check-ins", """{"date":"2026-10-01","value":5}""",                                                                             401, 404, 201, 201, 201, 201, 403, 403),
        new("POST", "{org}/key-results/KR-sales/check-ins", """{"date":"2026-10-01","value":5}""",                                                                           401, 404, 201, 201, 201, 403, 403, 403),
        new("POST", "{org}/key-results/KR-private/check-ins", """{"date":"2026-10-01","value":5}""",                                                                         401, 404, 201, 201, 404, 201, 404, 404),
        new("POST", "{org}/key-results/VS1/check-ins", """{"date":"2026-10-01","value":5}""",                                                                                401, 404, 201, 201, 201, 403, 403, 403),
        new("PUT", "{org}/key-results/KR-max/check-ins/0", """{"date":"2026-02-01","value":3}""",                                                                            401, 404, 200, 200, 200, 200, 200, 403),
        new("PUT", "{org}/key-results/KR-sales/check-ins/0", """{"date":"2026-02-01","value":3}""",                                                                          401, 404, 200, 200, 200, 403, 403, 403),
        new("DELETE", "{org}/key-results/KR-max/check-ins/1", null,                                                                                                          401, 404, 204, 204, 204, 204, 204, 403),
        new("DELETE", "{org}/key-results/KR-sales/check-ins/1", null,                                                                                                        401, 404, 204, 204, 204, 403, 403, 403),

        new("GET", "{org}/initiatives", null,                                                                                                                                401, 404, 200, 200, 200, 200, 200, 200),
        new("GET", "{org}/initiatives/I-ops", null,                                                                                                                          401, 404, 200, 200, 200, 200, 200, 200),
        new("GET", "{org}/initiatives/I-ops/history", null,                                                                                                                  401, 404, 200, 200, 200, 200, 200, 200),
        new("POST", "{org}/initiatives", """{"id":"initiative-new-ops","title":"Call-back queue","supports":["O-ops"],"unit":"ops","owner":"mona"}""",                       401, 404, 201, 201, 201, 201, 403, 403),
        new("POST", "{org}/initiatives", """{"id":"initiative-new-sales","title":"Shop fit-out","supports":["O-sales"],"unit":"sales","owner":"sam"}""",                     401, 404, 201, 201, 201, 403, 403, 403),
        new("PUT", "{org}/initiatives/I-ops", """{"id":"I-ops","title":"New phone system everywhere","supports":["O-ops"],"unit":"ops","owner":"mona"}""",                   401, 404, 200, 200, 200, 200, 403, 403),
        new("PUT", "{org}/initiatives/I-sales", """{"id":"I-sales","title":"Bigger referral programme","supports":["O-sales"],"unit":"sales","owner":"sam"}""",             401, 404, 200, 200, 200, 403, 403, 403),
        new("DELETE", "{org}/initiatives/initiative-del", null,                                                                                                              401, 404, 204, 204, 204, 204, 403, 403),

        new("GET", "{org}/actions", null,                                                                                                                                    401, 404, 200, 200, 200, 200, 200, 200),
        new("GET", "{org}/actions/A-max", null,                                                                                                                              401, 404, 200, 200, 200, 200, 200, 200),
        new("GET", "{org}/actions/A-max/history", null,                                                                                                                      401, 404, 200, 200, 200, 200, 200, 200),
        new("POST", "{org}/actions", """{"id":"action-new-max","title":"Record the greeting","initiative":"I-ops","owner":"max"}""",                                         401, 404, 201, 201, 201, 201, 201, 403),
        new("POST", "{org}/actions", """{"id":"action-new-sam","title":"Print the flyers","initiative":"I-sales","owner":"sam"}""",                                          401, 404, 201, 201, 201, 403, 403, 403),
        new("PUT", "{org}/actions/A-max", """{"id":"A-max","title":"Write the call script","initiative":"I-ops","owner":"max","done":true}""",                               401, 404, 200, 200, 200, 200, 200, 403),
        new("PUT", "{org}/actions/A-max", """{"id":"A-max","title":"Write the call script","initiative":"I-ops","owner":"sam"}""",                                           401, 404, 200, 200, 200, 200, 403, 403),
        new("PUT", "{org}/actions/A-sam", """{"id":"A-sam","title":"Brief the partners","initiative":"I-sales","owner":"sam","done":true}""",                                401, 404, 200, 200, 200, 403, 403, 403),
        new("DELETE", "{org}/actions/action-del", null,                                                                                                                      401, 404, 204, 204, 204, 204, 204, 403),

        new("GET", "{org}/findings", null,                                                                                                                                   401, 404, 200, 200, 200, 200, 200, 200),
        new("GET", "{org}/scores", null,                                                                                                                                     401, 404, 200, 200, 200, 200, 200, 200),
        new("GET", "{org}/alignment", null,                                                                                                                                  401, 404, 200, 200, 200, 200, 200, 200),
        new("GET", "{org}/home", null,                                                                                                                                       401, 404, 200, 200, 200, 200, 200, 200),
        new("GET", "{org}/report", null,                                                                                                                                     401, 404, 200, 200, 403, 200, 403, 403),
        new("GET", "{org}/report?format=packet", null,                                                                                                                       401, 404, 200, 200, 403, 200, 403, 403),
        new("GET", "{org}/line-of-sight/me", null,                                                                                                                           401, 404, 200, 200, 200, 200, 200, 200),
        new("GET", "{org}/line-of-sight/G1", null,                                                                                                                           401, 404, 200, 200, 200, 200, 200, 200),
        new("GET", "{org}/line-of-sight/max", null,                                                                                                                          401, 404, 200, 200, 200, 200, 200, 200),
        new("GET", "{org}/line-of-sight/O-private", null,                                                                                                                    401, 404, 200, 200, 404, 200, 404, 404),
        new("GET", "{org}/audit", null,                                                                                                                                      401, 404, 200, 200, 200, 200, 200, 200),
        new("GET", "{org}/notifications", null,                                                                                                                              401, 404, 200, 200, 200, 200, 200, 200),
        new("POST", "{org}/notifications/999999/read", null,                                                                                                                 401, 404, 404, 404, 404, 404, 404, 404),
        new("POST", "{org}/notifications/read", null,                                                                                                                        401, 404, 204, 204, 204, 204, 204, 204),
        new("GET", "{org}/wins", null,                                                                                                                                       401, 404, 200, 200, 200, 200, 200, 200),
        new("POST", "{org}/wins/no-such-win/kudos", null,                                                                                                                    401, 404, 404, 404, 404, 404, 404, 404),

        // Message 1 links G1 and its talking points for ops at frontline level are released, so Max and Pia
        // received it; Pia acknowledged it (MatrixCallers). Mona manages ops, not sales.
        new("GET", "{org}/messages", null,                                                                                                                                   401, 404, 200, 200, 200, 200, 200, 200),
        new("GET", "{org}/messages?kind=operational", null,                                                                                                                  401, 404, 200, 200, 200, 200, 200, 200),
        new("POST", "{org}/messages", """{"title":"Answer first","why":"Customers wait too long","whatChanges":"Calls before e-mail","goals":["G1"]}""",                    401, 404, 201, 201, 201, 403, 403, 403),
        new("POST", "{org}/messages", """{"kind":"operational","title":"Phones down on Friday","why":"Maintenance from 6 to 8","unit":"ops"}""",                          401, 404, 201, 201, 201, 201, 403, 403),
        new("POST", "{org}/messages", """{"kind":"operational","title":"New price list","why":"From Monday","unit":"sales"}""",                                           401, 404, 201, 201, 201, 403, 403, 403),
        new("GET", "{org}/messages/inbox", null,                                                                                                                             401, 404, 200, 200, 200, 200, 200, 200),
        new("GET", "{org}/messages/findings", null,                                                                                                                          401, 404, 200, 200, 200, 200, 200, 200),
        new("GET", "{org}/messages/1", null,                                                                                                                                 401, 404, 200, 200, 200, 200, 200, 200),
        new("GET", "{org}/messages/1/comprehension", null,                                                                                                                   401, 404, 200, 200, 200, 200, 200, 200),
        new("PUT", "{org}/messages/1/talking-points/ops/manager", """{"text":"Every call answered within a minute, starting with ours."}""",                               401, 404, 200, 200, 200, 200, 403, 403),
        new("PUT", "{org}/messages/1/talking-points/sales/manager", """{"text":"New customers come from calls answered well."}""",                                        401, 404, 200, 200, 200, 403, 403, 403),
        new("POST", "{org}/messages/1/talking-points/ops/manager/release", null,                                                                                             401, 404, 200, 200, 200, 200, 403, 403),
        new("POST", "{org}/messages/1/talking-points/sales/frontline/release", null,                                                                                         401, 404, 200, 200, 200, 403, 403, 403),
        new("POST", "{org}/messages/1/acknowledge", """{"restatement":"We answer every call within a minute.","work":[]}""",                                            401, 404, 409, 409, 409, 200, 200, 403),
        new("GET", "{org}/messages/1/restatements", null,                                                                                                                    401, 404, 200, 200, 200, 200, 403, 403),
        new("PUT", "{org}/messages/1/restatements/pia/review", """{"status":"understood"}""",                                                                             401, 404, 200, 200, 200, 200, 403, 403),

        // Not about an organization: any signed-in user, also the foreign one, gets the same answer.
        new("GET", "/api/account", null,                                                                                                                                     401, 200, 200, 200, 200, 200, 200, 200),
        new("GET", "/api/account/antiforgery", null,                                                                                                                         401, 200, 200, 200, 200, 200, 200, 200),
        new("GET", "/api/account/tokens", null,                                                                                                                              401, 200, 200, 200, 200, 200, 200, 200),
        new("POST", "/api/account/tokens", """{"name":"matrix script","scope":"read"}""",                                                                                    401, 201, 201, 201, 201, 201, 201, 201),
        new("DELETE", "/api/account/tokens/{token}", null,                                                                                                                   401, 204, 204, 204, 204, 204, 204, 204),
        new("POST", "/api/account/sign-out", null,                                                                                                                           401, 204, 204, 204, 204, 204, 204, 204),
        new("GET", "/api/organizations", null,                                                                                                                               401, 200, 200, 200, 200, 200, 200, 200),
        new("POST", "/api/organizations", """{"name":"Made by {caller}","slug":"made-by-{caller}"}""",                                                                       401, 201, 201, 201, 201, 201, 201, 201),
        new("GET", "/health", null,                                                                                                                                          200, 200, 200, 200, 200, 200, 200, 200),
        new("GET", "/health/live", null,                                                                                                                                     200, 200, 200, 200, 200, 200, 200, 200),
    ];
}
