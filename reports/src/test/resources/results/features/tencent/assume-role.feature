@tencent @action-AssumeRole
Feature: Tencent Cloud STS AssumeRole
  Results sample.

  @doc-tencent-4.1-duration
  Rule: DurationSeconds has a documented maximum

    Scenario: the documented maximum is accepted
      When the caller assumes role "mock-role" for 43200 seconds
      Then the request succeeds

    @mock-only
    Scenario: a moved clock expires the credentials
      Given the mock's clock moves 2 hours
      Then the credentials are expired
