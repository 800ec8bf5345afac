/**
 * Social insurance enquiries (社会保险查询) of a city: enrolments, contribution history, personal
 * accounts, pension payments, medical insurance, proof of insurance, residents' yearly contributions
 * and social insurance events. Start at {@link io.cityservices.socialinsurance.SocialInsuranceClient}.
 */
@NullMarked
package io.cityservices.socialinsurance;

import org.jspecify.annotations.NullMarked;
