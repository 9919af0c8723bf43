package cn.shixian.contracts;

/** How an item is disclosed (公开方式). */
public enum DisclosureMode {
    /** 主动公开: published proactively; opens a publication obligation. */
    ACTIVE,
    /** 依申请公开: disclosed on request; opens none. */
    ON_REQUEST
}
