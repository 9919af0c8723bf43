package cn.shixian.contracts;

/**
 * How an application for information (政府信息公开申请) reached the agency; it decides which day
 * counts as the receipt date (条例 art. 31).
 */
public enum RequestChannel {
    /** 当面提交: received the day it is handed in. */
    IN_PERSON,
    /** 邮寄: received the day the agency signs for it. */
    POST,
    /** 网络 (the agency's online platform): received the day both sides confirm receipt. */
    ONLINE,
    /** 传真: received the day both sides confirm receipt. */
    FAX,
    /** 电子邮件. */
    EMAIL,
    /** 其他. */
    OTHER
}
