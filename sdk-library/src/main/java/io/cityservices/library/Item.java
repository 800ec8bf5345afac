package io.cityservices.library;

import java.time.LocalDate;

/**
 * One copy of a record, held by one library.
 *
 * @param id the platform's id of the copy (the item barcode's record)
 * @param recordId the record it is a copy of
 * @param libraryId the library that holds it
 * @param barcode the barcode on the copy
 * @param location where in the library, e.g. 二楼中文借阅区
 * @param status where the copy is now
 * @param dueDate when it is due back, for a copy {@link ItemStatus#ON_LOAN}; null otherwise
 * @param holdable whether it can be reserved
 */
public record Item(
    String id,
    String recordId,
    String libraryId,
    String barcode,
    String location,
    ItemStatus status,
    LocalDate dueDate,
    boolean holdable) {}
