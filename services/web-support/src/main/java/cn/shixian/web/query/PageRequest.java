package cn.shixian.web.query;

/**
 * Which page of a list a request asks for, from its {@code page} and {@code size} parameters:
 * pages count from 0, a page holds 1 to {@value #MAX_SIZE} rows, {@value #DEFAULT_SIZE} unless asked.
 */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;

    /** The OpenAPI descriptions of the {@code page} and {@code size} parameters. */
    public static final String PAGE_DESCRIPTION = "from 0; default 0";
    public static final String SIZE_DESCRIPTION = "1 to " + MAX_SIZE + "; default " + DEFAULT_SIZE;

    public PageRequest {
        if (page < 0 || size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("page " + page + ", size " + size);
        }
    }

    /**
     * The page the parameters ask for; null means the default.
     *
     * @throws InvalidParameter (400) naming {@code page} or {@code size} when out of range
     */
    public static PageRequest of(Integer page, Integer size) {
        return new PageRequest(page(page), size(size));
    }

    /** Rows to skip; a long, as page × size may pass what an int holds. */
    public long offset() {
        return (long) page * size;
    }

    private static int page(Integer page) {
        if (page == null) {
            return 0;
        }
        if (page < 0) {
            throw new InvalidParameter("page", "page counts from 0; was " + page);
        }
        return page;
    }

    private static int size(Integer size) {
        if (size == null) {
            return DEFAULT_SIZE;
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidParameter("size", "size must be 1 to " + MAX_SIZE + "; was " + size);
        }
        return size;
    }
}
