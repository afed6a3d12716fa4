package io.mifumo.camel.sandbox;

/**
 * JSON shape of the delivery-reports page; the API reference names the query parameters but not the answer, so
 * the sandbox can serve each plausible shape and clients can be tested against all of them.
 */
public enum ReportShape {

    /** A top-level JSON array of reports. */
    LIST,

    /** Django REST framework paging: {@code {"count","next","previous","results":[...]}}; the default. */
    RESULTS,

    /** The partner API envelope around a list: {@code {"success":true,"data":[...]}}. */
    DATA_LIST,

    /** The partner API envelope around a page: {@code {"success":true,"data":{"count","results":[...]}}}. */
    DATA_RESULTS
}
