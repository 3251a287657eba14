//! Every saved JSON example of the collection, decoded into its generated type and
//! encoded back: the re-encoded JSON must equal the example (key order aside).
//! `"<integer>"`-style type placeholders are replaced by a value of the kind they name.
/// Request body sample of `update_users`, at `/item/0/request/body/raw`.
#[test]
fn update_users_request_0() {
    if let ::std::result::Result::Err(e) = ::postgen_runtime::testing::round_trip::<
        ::zoho_crm::types::UpdateUsersRequest,
    >(
        "{\"users\":[{\"id\":\"{{user_id}}\",\"phone\":\"123456789\",\"email\":\"newtocrm@zoho.com\",\"dob\":\"1990-12-31\"}]}",
    ) {
        panic!("{e}");
    }
}
/// Request body sample of `update_users`, at `/item/0/response/0/originalRequest/body/raw`.
#[test]
fn update_users_request_1() {
    if let ::std::result::Result::Err(e) = ::postgen_runtime::testing::round_trip::<
        ::zoho_crm::types::UpdateUsersRequest,
    >(
        "{\"users\":[{\"id\":\"738964000002112147\",\"phone\":\"123456789\",\"email\":\"newtocrm@zoho.com\",\"dob\":\"1990-12-31\"}]}",
    ) {
        panic!("{e}");
    }
}
/// Request body sample of `update_users`, at `/item/0/response/1/originalRequest/body/raw`.
#[test]
fn update_users_request_2() {
    if let ::std::result::Result::Err(e) = ::postgen_runtime::testing::round_trip::<
        ::zoho_crm::types::UpdateUsersRequest,
    >(
        "{\"users\":[{\"id\":\"738964000002112147\",\"phone\":\"123456789\",\"email\":\"newtocrm@zoho.com\",\"dob\":\"1990-12-31\",\"time_zone\":\"Asia/Kolkata\"}]}",
    ) {
        panic!("{e}");
    }
}
/// Request body sample of `update_users`, at `/item/0/response/2/originalRequest/body/raw`.
#[test]
fn update_users_request_3() {
    if let ::std::result::Result::Err(e) = ::postgen_runtime::testing::round_trip::<
        ::zoho_crm::types::UpdateUsersRequest,
    >(
        "{\"users\":[{\"id\":\"738964000002112147\",\"phone\":\"123456789\",\"email\":\"newtocrm@zoho.com\",\"dob\":\"1990-12-31\",\"time_zone\":\"Asia/Kolkata\"}]}",
    ) {
        panic!("{e}");
    }
}
/// Request body sample of `update_users`, at `/item/0/response/3/originalRequest/body/raw`.
#[test]
fn update_users_request_4() {
    if let ::std::result::Result::Err(e) = ::postgen_runtime::testing::round_trip::<
        ::zoho_crm::types::UpdateUsersRequest,
    >(
        "{\"users\":[{\"id\":\"738964000002006002\",\"phone\":\"123456789\",\"email\":\"newtocrm@zoho.com\",\"dob\":\"1990-12-31\"}]}",
    ) {
        panic!("{e}");
    }
}
/// Request body sample of `update_users`, at `/item/0/response/4/originalRequest/body/raw`.
#[test]
fn update_users_request_5() {
    if let ::std::result::Result::Err(e) = ::postgen_runtime::testing::round_trip::<
        ::zoho_crm::types::UpdateUsersRequest,
    >(
        "{\"users\":[{\"id\":\"738964000000291009\",\"phone\":\"123456789\",\"email\":\"patricia@zylker.com\",\"dob\":\"1990-12-31\"}]}",
    ) {
        panic!("{e}");
    }
}
/// Request body sample of `update_users`, at `/item/0/response/5/originalRequest/body/raw`.
#[test]
fn update_users_request_6() {
    if let ::std::result::Result::Err(e) = ::postgen_runtime::testing::round_trip::<
        ::zoho_crm::types::UpdateUsersRequest,
    >(
        "{\"users\":[{\"id\":\"738964000002058003\",\"phone\":\"123456789\",\"email\":\"sneha.ss@zohocorp.com\",\"dob\":\"1990-12-31\"}]}",
    ) {
        panic!("{e}");
    }
}
/// Request body sample of `update_users`, at `/item/0/response/6/originalRequest/body/raw`.
#[test]
fn update_users_request_7() {
    if let ::std::result::Result::Err(e) = ::postgen_runtime::testing::round_trip::<
        ::zoho_crm::types::UpdateUsersRequest,
    >(
        "{\"users\":[{\"id\":\"738964000002058003\",\"phone\":\"123456789\",\"dob\":\"1990-12-31\",\"status\":\"inactive\"}]}",
    ) {
        panic!("{e}");
    }
}
/// Request body sample of `update_users`, at `/item/0/response/7/originalRequest/body/raw`.
#[test]
fn update_users_request_8() {
    if let ::std::result::Result::Err(e) = ::postgen_runtime::testing::round_trip::<
        ::zoho_crm::types::UpdateUsersRequest,
    >(
        "{\"users\":[{\"id\":\"738964000002058003\",\"phone\":\"123456789\",\"dob\":\"1990-12-31\",\"status\":\"active\"}]}",
    ) {
        panic!("{e}");
    }
}
/// Request body sample of `update_users`, at `/item/0/response/8/originalRequest/body/raw`.
#[test]
fn update_users_request_9() {
    if let ::std::result::Result::Err(e) = ::postgen_runtime::testing::round_trip::<
        ::zoho_crm::types::UpdateUsersRequest,
    >(
        "{\"users\":[{\"id\":\"738964000000291009\",\"phone\":\"123456789\",\"dob\":\"1990-12-31\",\"status\":\"inactive\"}]}",
    ) {
        panic!("{e}");
    }
}
/// Request body sample of `update_users`, at `/item/0/response/9/originalRequest/body/raw`.
#[test]
fn update_users_request_10() {
    if let ::std::result::Result::Err(e) = ::postgen_runtime::testing::round_trip::<
        ::zoho_crm::types::UpdateUsersRequest,
    >(
        "{\"users\":[{\"id\":\"738964000000291009\",\"phone\":\"123456789\",\"dob\":\"1990-12-31\",\"status\":\"inactive\"}]}",
    ) {
        panic!("{e}");
    }
}
/// Request body sample of `update_users`, at `/item/0/response/10/originalRequest/body/raw`.
#[test]
fn update_users_request_11() {
    if let ::std::result::Result::Err(e) = ::postgen_runtime::testing::round_trip::<
        ::zoho_crm::types::UpdateUsersRequest,
    >(
        "{\"users\":[{\"phone\":\"123456789\",\"dob\":\"1990-12-31\",\"status\":\"inactive\"}]}",
    ) {
        panic!("{e}");
    }
}
/// Request body sample of `update_users`, at `/item/0/response/11/originalRequest/body/raw`.
#[test]
fn update_users_request_12() {
    if let ::std::result::Result::Err(e) = ::postgen_runtime::testing::round_trip::<
        ::zoho_crm::types::UpdateUsersRequest,
    >(
        "{\"users\":[{\"id\":\"{{user_id}}\",\"phone\":\"123456789\",\"email\":\"newtocrm@zoho.com\",\"dob\":\"1990-12-31\"}]}",
    ) {
        panic!("{e}");
    }
}
/// Example "SUCCESS RESPONSE" (200) of `update_users`, at `/item/0/response/0/body`.
#[test]
fn update_users_response_0_success_response() {
    if let ::std::result::Result::Err(e) = ::postgen_runtime::testing::round_trip::<
        ::zoho_crm::types::UpdateUsersResponse,
    >(
        "{\"users\":[{\"code\":\"SUCCESS\",\"details\":{\"id\":\"738964000002112147\"},\"message\":\"User updated\",\"status\":\"success\"}]}",
    ) {
        panic!("{e}");
    }
}
/// Example "INVALID_DATA" (200) of `update_users`, at `/item/0/response/1/body`.
#[test]
fn update_users_response_1_invalid_data() {
    if let ::std::result::Result::Err(e) = ::postgen_runtime::testing::round_trip::<
        ::zoho_crm::types::UpdateUsersResponse,
    >(
        "{\"users\":[{\"code\":\"INVALID_DATA\",\"details\":{\"api_name\":\"time_zone\",\"json_path\":\"$.users[0].time_zone\"},\"message\":\"Cannot update the time_zone of another User\",\"status\":\"error\"}]}",
    ) {
        panic!("{e}");
    }
}
/// Example "CANNOT_UPDATE_DELETED_USER" (200) of `update_users`, at `/item/0/response/3/body`.
#[test]
fn update_users_response_2_cannot_update_deleted_user() {
    if let ::std::result::Result::Err(e) = ::postgen_runtime::testing::round_trip::<
        ::zoho_crm::types::UpdateUsersResponse,
    >(
        "{\"users\":[{\"code\":\"CANNOT_UPDATE_DELETED_USER\",\"details\":{},\"message\":\"Deleted user cannot be updated\",\"status\":\"error\"}]}",
    ) {
        panic!("{e}");
    }
}
/// Example "EMAIL_UPDATE_NOT_ALLOWED" (200) of `update_users`, at `/item/0/response/4/body`.
#[test]
fn update_users_response_3_email_update_not_allowed() {
    if let ::std::result::Result::Err(e) = ::postgen_runtime::testing::round_trip::<
        ::zoho_crm::types::UpdateUsersResponse,
    >(
        "{\"users\":[{\"code\":\"EMAIL_UPDATE_NOT_ALOWED\",\"details\":{\"api_name\":\"email\",\"json_path\":\"$.users[0].email\"},\"message\":\"Cannot update email of a confirmed CRM User\",\"status\":\"error\"}]}",
    ) {
        panic!("{e}");
    }
}
/// Example "DUPLICATE_DATA" (200) of `update_users`, at `/item/0/response/5/body`.
#[test]
fn update_users_response_4_duplicate_data() {
    if let ::std::result::Result::Err(e) = ::postgen_runtime::testing::round_trip::<
        ::zoho_crm::types::UpdateUsersResponse,
    >(
        "{\"users\":[{\"code\":\"DUPLICATE_DATA\",\"details\":{\"api_name\":\"email\",\"json_path\":\"$.users[0].email\",\"id\":\"738964000000291009\"},\"message\":\"Email already exists\",\"status\":\"error\"}]}",
    ) {
        panic!("{e}");
    }
}
/// Example "ID_ALREADY_DEACTIVATED" (200) of `update_users`, at `/item/0/response/6/body`.
#[test]
fn update_users_response_5_id_already_deactivated() {
    if let ::std::result::Result::Err(e) = ::postgen_runtime::testing::round_trip::<
        ::zoho_crm::types::UpdateUsersResponse,
    >(
        "{\"users\":[{\"code\":\"ID_ALREADY_DEACTIVATED\",\"details\":{},\"message\":\"User is already deactivated\",\"status\":\"error\"}]}",
    ) {
        panic!("{e}");
    }
}
/// Example "ID_ALREADY_ACTIVE" (200) of `update_users`, at `/item/0/response/7/body`.
#[test]
fn update_users_response_6_id_already_active() {
    if let ::std::result::Result::Err(e) = ::postgen_runtime::testing::round_trip::<
        ::zoho_crm::types::UpdateUsersResponse,
    >(
        "{\"users\":[{\"code\":\"ID_ALREADY_ACTIVE\",\"details\":{},\"message\":\"User is already active\",\"status\":\"error\"}]}",
    ) {
        panic!("{e}");
    }
}
/// Example "INVALID_REQUEST" (200) of `update_users`, at `/item/0/response/8/body`.
#[test]
fn update_users_response_7_invalid_request() {
    if let ::std::result::Result::Err(e) = ::postgen_runtime::testing::round_trip::<
        ::zoho_crm::types::UpdateUsersResponse,
    >(
        "{\"users\":[{\"code\":\"INVALID_REQUEST\",\"details\":{},\"message\":\"Primary Contact cannot be deactivated\",\"status\":\"error\"}]}",
    ) {
        panic!("{e}");
    }
}
/// Example "MANDATORY_NOT_FOUND" (200) of `update_users`, at `/item/0/response/10/body`.
#[test]
fn update_users_response_8_mandatory_not_found() {
    if let ::std::result::Result::Err(e) = ::postgen_runtime::testing::round_trip::<
        ::zoho_crm::types::UpdateUsersResponse,
    >(
        "{\"users\":[{\"code\":\"MANDATORY_NOT_FOUND\",\"details\":{\"api_name\":\"id\",\"json_path\":\"$.users[0].id\"},\"message\":\"required field not found\",\"status\":\"error\"}]}",
    ) {
        panic!("{e}");
    }
}
/// Request body sample of `update_contact_roles`, at `/endpoints/0/request/sample`.
#[test]
fn update_contact_roles_request_0() {
    if let ::std::result::Result::Err(e) = ::postgen_runtime::testing::round_trip::<
        ::zoho_crm::types::UpdateContactRolesRequest,
    >(
        "{\"contact_roles\":[{\"name\":\"Sales Lead\",\"sequence_number\":5,\"id\":\"4150868000003611011\"},{\"name\":\"Quality Control\",\"sequence_number\":6,\"id\":\"4150868000003611012\"}]}",
    ) {
        panic!("{e}");
    }
}
/// Example "Update Contact Roles (doc sample)" (200) of `update_contact_roles`, at `/endpoints/0/response/sample`.
#[test]
fn update_contact_roles_response_0_update_contact_roles_doc_sample() {
    if let ::std::result::Result::Err(e) = ::postgen_runtime::testing::round_trip::<
        ::zoho_crm::types::UpdateContactRolesResponse,
    >(
        "{\"contact_roles\":[{\"code\":\"SUCCESS\",\"details\":{\"id\":\"4150868000003611011\"},\"message\":\"record updated\",\"status\":\"success\"},{\"code\":\"SUCCESS\",\"details\":{\"id\":\"4150868000003611012\"},\"message\":\"record updated\",\"status\":\"success\"}]}",
    ) {
        panic!("{e}");
    }
}
/// Request body sample of `update_contact_role`, at `/endpoints/1/request/sample`.
#[test]
fn update_contact_role_request_0() {
    if let ::std::result::Result::Err(e) = ::postgen_runtime::testing::round_trip::<
        ::zoho_crm::types::UpdateContactRoleRequest,
    >(
        "{\"contact_roles\":[{\"name\":\"Sales Lead\",\"sequence_number\":5,\"id\":\"4150868000003611011\"},{\"name\":\"Quality Control\",\"sequence_number\":6,\"id\":\"4150868000003611012\"}]}",
    ) {
        panic!("{e}");
    }
}
/// Example "Update a specific contact role (doc sample)" (200) of `update_contact_role`, at `/endpoints/1/response/sample`.
#[test]
fn update_contact_role_response_0_update_a_specific_contact_role_doc_sampl() {
    if let ::std::result::Result::Err(e) = ::postgen_runtime::testing::round_trip::<
        ::zoho_crm::types::UpdateContactRoleResponse,
    >(
        "{\"contact_roles\":[{\"code\":\"SUCCESS\",\"details\":{\"id\":\"4150868000003611011\"},\"message\":\"record updated\",\"status\":\"success\"},{\"code\":\"SUCCESS\",\"details\":{\"id\":\"4150868000003611012\"},\"message\":\"record updated\",\"status\":\"success\"}]}",
    ) {
        panic!("{e}");
    }
}
/// Example "Get Users (doc sample)" (200) of `get_users`, at `/endpoints/0/response/sample`.
#[test]
fn get_users_response_0_get_users_doc_sample() {
    if let ::std::result::Result::Err(e) = ::postgen_runtime::testing::round_trip::<
        ::zoho_crm::types::GetUsersResponse,
    >(
        "{\"users\":[{\"country\":\"US\",\"customize_info\":{\"notes_desc\":null,\"show_right_panel\":null,\"bc_view\":null,\"show_home\":false,\"show_detail_view\":true,\"unpin_recent_item\":null},\"role\":{\"name\":\"CEO\",\"id\":\"4150868000000026005\"},\"signature\":\"<div><a id=\\\"link\\\" href=\\\"https://crm.zoho.com/bookings/ProjectDemo?rid=4b1b5d511ac5628eb3045495192827cc7f2f04de31c657e50f194521b21a27f5gid25837b76288d7b127a3faccd84a936702ba8ac270b0949d1521e82e1a251c1e5\\\" target=\\\"_blank\\\">Patricia Boyle</a></div>\",\"city\":null,\"name_format\":\"Salutation,First Name,Last Name\",\"language\":\"en_US\",\"locale\":\"en_US\",\"microsoft\":false,\"personal_account\":false,\"default_tab_group\":\"0\",\"Isonline\":true,\"Modified_By\":{\"name\":\"Patricia Boyle\",\"id\":\"4150868000000225013\"},\"street\":null,\"Currency\":\"DZD\",\"alias\":null,\"theme\":{\"normal_tab\":{\"font_color\":\"#FFFFFF\",\"background\":\"#222222\"},\"selected_tab\":{\"font_color\":\"#FFFFFF\",\"background\":\"#222222\"},\"new_background\":null,\"background\":\"#F3F0EB\",\"screen\":\"fixed\",\"type\":\"default\"},\"id\":\"4150868000000225013\",\"state\":\"Tamil Nadu\",\"fax\":null,\"country_locale\":\"US\",\"first_name\":\"Patricia\",\"email\":\"patricia.b@zylker.com\",\"Reporting_To\":null,\"decimal_separator\":\"en_IN\",\"zip\":null,\"created_time\":\"2019-08-20T11:21:16+05:30\",\"website\":\"www.zylker.com\",\"Modified_Time\":\"2020-07-14T18:30:01+05:30\",\"time_format\":\"hh:mm a\",\"offset\":19800000,\"profile\":{\"name\":\"Administrator\",\"id\":\"4150868000000026011\"},\"mobile\":null,\"last_name\":\"Boyle\",\"time_zone\":\"Asia/Calcutta\",\"created_by\":{\"name\":\"Patricia Boyle\",\"id\":\"4150868000000225013\"},\"zuid\":\"694579958\",\"confirm\":true,\"full_name\":\"Patricia Boyle\",\"territories\":[{\"manager\":true,\"name\":\"Zylker\",\"id\":\"4150868000000236307\"}],\"phone\":null,\"dob\":null,\"date_format\":\"MM/dd/yyyy\",\"status\":\"active\"},{\"country\":null,\"role\":{\"name\":\"Sales department Head\",\"id\":\"4150868000000231921\"},\"city\":null,\"language\":\"en_US\",\"locale\":\"en_US\",\"microsoft\":false,\"Isonline\":false,\"Modified_By\":{\"name\":\"Patricia Boyle\",\"id\":\"4150868000000225013\"},\"street\":null,\"Currency\":\"DZD\",\"alias\":null,\"id\":\"4150868000000231929\",\"state\":null,\"fax\":null,\"country_locale\":\"US\",\"first_name\":\"Jack\",\"email\":\"jack.s@zylker.com\",\"Reporting_To\":null,\"zip\":null,\"created_time\":\"2019-08-20T12:39:23+05:30\",\"website\":null,\"Modified_Time\":\"2020-07-14T18:30:01+05:30\",\"time_format\":\"hh:mm a\",\"offset\":19800000,\"profile\":{\"name\":\"Administrator\",\"id\":\"4150868000000026011\"},\"mobile\":null,\"last_name\":\"Smith\",\"time_zone\":\"Asia/Calcutta\",\"created_by\":{\"name\":\"Patricia Boyle\",\"id\":\"4150868000000225013\"},\"zuid\":null,\"confirm\":false,\"full_name\":\"Jack Smith\",\"territories\":[],\"phone\":null,\"dob\":null,\"date_format\":\"MM/dd/yyyy\",\"status\":\"disabled\"},{\"country\":null,\"role\":{\"name\":\"Sales rep\",\"id\":\"4150868000000231917\"},\"city\":null,\"language\":\"en_US\",\"locale\":\"en_US\",\"microsoft\":false,\"Isonline\":false,\"Modified_By\":{\"name\":\"Patricia Boyle\",\"id\":\"4150868000000225013\"},\"street\":null,\"Currency\":\"DZD\",\"alias\":null,\"id\":\"4150868000000252644\",\"state\":null,\"fax\":null,\"country_locale\":\"US\",\"first_name\":\"Jane\",\"email\":\"Jane.J@zylker.com\",\"Reporting_To\":null,\"zip\":null,\"created_time\":\"2019-08-22T15:02:16+05:30\",\"website\":null,\"Modified_Time\":\"2020-07-14T18:30:01+05:30\",\"time_format\":\"hh:mm a\",\"offset\":19800000,\"profile\":{\"name\":\"Administrator\",\"id\":\"4150868000000026011\"},\"mobile\":null,\"last_name\":\"J\",\"time_zone\":\"Asia/Kolkata\",\"created_by\":{\"name\":\"Patricia Boyle\",\"id\":\"4150868000000225013\"},\"zuid\":null,\"confirm\":false,\"full_name\":\"Jane J\",\"territories\":[{\"manager\":false,\"name\":\"Sample Territory\",\"id\":\"4150868000000264087\"}],\"phone\":null,\"dob\":null,\"date_format\":\"MM/dd/yyyy\",\"status\":\"disabled\"}],\"info\":{\"per_page\":200,\"count\":3,\"page\":1,\"more_records\":false}}",
    ) {
        panic!("{e}");
    }
}
/// Example "Get a specific user (doc sample)" (200) of `get_user`, at `/endpoints/1/response/sample`.
#[test]
fn get_user_response_0_get_a_specific_user_doc_sample() {
    if let ::std::result::Result::Err(e) = ::postgen_runtime::testing::round_trip::<
        ::zoho_crm::types::GetUserResponse,
    >(
        "{\"users\":[{\"country\":\"US\",\"customize_info\":{\"notes_desc\":null,\"show_right_panel\":null,\"bc_view\":null,\"show_home\":false,\"show_detail_view\":true,\"unpin_recent_item\":null},\"role\":{\"name\":\"CEO\",\"id\":\"4150868000000026005\"},\"signature\":\"<div><a id=\\\"link\\\" href=\\\"https://crm.zoho.com/bookings/ProjectDemo?rid=4b1b5d511ac5628eb3045495192827cc7f2f04de31c657e50f194521b21a27f5gid25837b76288d7b127a3faccd84a936702ba8ac270b0949d1521e82e1a251c1e5\\\" target=\\\"_blank\\\">Patricia Boyle</a></div>\",\"city\":null,\"name_format\":\"Salutation,First Name,Last Name\",\"language\":\"en_US\",\"locale\":\"en_US\",\"microsoft\":false,\"personal_account\":false,\"default_tab_group\":\"0\",\"Isonline\":true,\"Modified_By\":{\"name\":\"Patricia Boyle\",\"id\":\"4150868000000225013\"},\"street\":null,\"Currency\":\"DZD\",\"alias\":null,\"theme\":{\"normal_tab\":{\"font_color\":\"#FFFFFF\",\"background\":\"#222222\"},\"selected_tab\":{\"font_color\":\"#FFFFFF\",\"background\":\"#222222\"},\"new_background\":null,\"background\":\"#F3F0EB\",\"screen\":\"fixed\",\"type\":\"default\"},\"id\":\"4150868000000225013\",\"state\":\"Tamil Nadu\",\"fax\":null,\"country_locale\":\"US\",\"first_name\":\"Patricia\",\"email\":\"patricia.b@zylker.com\",\"Reporting_To\":null,\"decimal_separator\":\"en_IN\",\"zip\":null,\"created_time\":\"2019-08-20T11:21:16+05:30\",\"website\":\"www.zylker.com\",\"Modified_Time\":\"2020-07-14T18:30:01+05:30\",\"time_format\":\"hh:mm a\",\"offset\":19800000,\"profile\":{\"name\":\"Administrator\",\"id\":\"4150868000000026011\"},\"mobile\":null,\"last_name\":\"Boyle\",\"time_zone\":\"Asia/Calcutta\",\"created_by\":{\"name\":\"Patricia Boyle\",\"id\":\"4150868000000225013\"},\"zuid\":\"694579958\",\"confirm\":true,\"full_name\":\"Patricia Boyle\",\"territories\":[{\"manager\":true,\"name\":\"Zylker\",\"id\":\"4150868000000236307\"}],\"phone\":null,\"dob\":null,\"date_format\":\"MM/dd/yyyy\",\"status\":\"active\"},{\"country\":null,\"role\":{\"name\":\"Sales department Head\",\"id\":\"4150868000000231921\"},\"city\":null,\"language\":\"en_US\",\"locale\":\"en_US\",\"microsoft\":false,\"Isonline\":false,\"Modified_By\":{\"name\":\"Patricia Boyle\",\"id\":\"4150868000000225013\"},\"street\":null,\"Currency\":\"DZD\",\"alias\":null,\"id\":\"4150868000000231929\",\"state\":null,\"fax\":null,\"country_locale\":\"US\",\"first_name\":\"Jack\",\"email\":\"jack.s@zylker.com\",\"Reporting_To\":null,\"zip\":null,\"created_time\":\"2019-08-20T12:39:23+05:30\",\"website\":null,\"Modified_Time\":\"2020-07-14T18:30:01+05:30\",\"time_format\":\"hh:mm a\",\"offset\":19800000,\"profile\":{\"name\":\"Administrator\",\"id\":\"4150868000000026011\"},\"mobile\":null,\"last_name\":\"Smith\",\"time_zone\":\"Asia/Calcutta\",\"created_by\":{\"name\":\"Patricia Boyle\",\"id\":\"4150868000000225013\"},\"zuid\":null,\"confirm\":false,\"full_name\":\"Jack Smith\",\"territories\":[],\"phone\":null,\"dob\":null,\"date_format\":\"MM/dd/yyyy\",\"status\":\"disabled\"},{\"country\":null,\"role\":{\"name\":\"Sales rep\",\"id\":\"4150868000000231917\"},\"city\":null,\"language\":\"en_US\",\"locale\":\"en_US\",\"microsoft\":false,\"Isonline\":false,\"Modified_By\":{\"name\":\"Patricia Boyle\",\"id\":\"4150868000000225013\"},\"street\":null,\"Currency\":\"DZD\",\"alias\":null,\"id\":\"4150868000000252644\",\"state\":null,\"fax\":null,\"country_locale\":\"US\",\"first_name\":\"Jane\",\"email\":\"Jane.J@zylker.com\",\"Reporting_To\":null,\"zip\":null,\"created_time\":\"2019-08-22T15:02:16+05:30\",\"website\":null,\"Modified_Time\":\"2020-07-14T18:30:01+05:30\",\"time_format\":\"hh:mm a\",\"offset\":19800000,\"profile\":{\"name\":\"Administrator\",\"id\":\"4150868000000026011\"},\"mobile\":null,\"last_name\":\"J\",\"time_zone\":\"Asia/Kolkata\",\"created_by\":{\"name\":\"Patricia Boyle\",\"id\":\"4150868000000225013\"},\"zuid\":null,\"confirm\":false,\"full_name\":\"Jane J\",\"territories\":[{\"manager\":false,\"name\":\"Sample Territory\",\"id\":\"4150868000000264087\"}],\"phone\":null,\"dob\":null,\"date_format\":\"MM/dd/yyyy\",\"status\":\"disabled\"}],\"info\":{\"per_page\":200,\"count\":3,\"page\":1,\"more_records\":false}}",
    ) {
        panic!("{e}");
    }
}
/// Error example "AUTHENTICATION_FAILURE" (401) of `update_users`, at `/item/0/response/2/body`.
#[test]
fn update_users_error_2_authentication_failure() {
    match ::postgen_runtime::testing::round_trip_error::<
        ::zoho_crm::types::UpdateUsersError,
    >(
        401,
        "{\"code\":\"AUTHENTICATION_FAILURE\",\"details\":{},\"message\":\"Authentication failed\",\"status\":\"error\"}",
    ) {
        ::std::result::Result::Ok(
            ::zoho_crm::types::UpdateUsersError::Unauthorized(..),
        ) => {}
        ::std::result::Result::Ok(other) => {
            panic!("decoded as the wrong variant: {other:?}")
        }
        ::std::result::Result::Err(e) => panic!("{e}"),
    }
}
/// Error example "INVALID_REQUEST_METHOD" (400) of `update_users`, at `/item/0/response/9/body`.
#[test]
fn update_users_error_9_invalid_request_method() {
    match ::postgen_runtime::testing::round_trip_error::<
        ::zoho_crm::types::UpdateUsersError,
    >(
        400,
        "{\"code\":\"INVALID_REQUEST_METHOD\",\"details\":{},\"message\":\"The http request method type is not a valid one\",\"status\":\"error\"}",
    ) {
        ::std::result::Result::Ok(
            ::zoho_crm::types::UpdateUsersError::BadRequest(..),
        ) => {}
        ::std::result::Result::Ok(other) => {
            panic!("decoded as the wrong variant: {other:?}")
        }
        ::std::result::Result::Err(e) => panic!("{e}"),
    }
}
/// Error example "OAUTH_SCOPE_MISMATCH" (401) of `update_users`, at `/item/0/response/11/body`.
#[test]
fn update_users_error_11_oauth_scope_mismatch() {
    match ::postgen_runtime::testing::round_trip_error::<
        ::zoho_crm::types::UpdateUsersError,
    >(
        401,
        "{\"code\":\"OAUTH_SCOPE_MISMATCH\",\"details\":{},\"message\":\"invalid oauth scope to access this URL\",\"status\":\"error\"}",
    ) {
        ::std::result::Result::Ok(
            ::zoho_crm::types::UpdateUsersError::Unauthorized(..),
        ) => {}
        ::std::result::Result::Ok(other) => {
            panic!("decoded as the wrong variant: {other:?}")
        }
        ::std::result::Result::Err(e) => panic!("{e}"),
    }
}
