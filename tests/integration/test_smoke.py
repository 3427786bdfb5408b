from tests.factories import make_collection, make_user


def test_code_entry_page(client):
    response = client.get("/")
    assert response.status_code == 200
    assert b"Enter your code" in response.data


def test_start_and_answer(app, client):
    with app.app_context():
        owner = make_user()
        code = make_collection(owner).code
    assert client.get(f"/c/{code}").status_code == 200
    response = client.post(f"/c/{code}")
    assert response.status_code == 302
    for key in ("1", "2", "3", "4", "5"):
        page = client.get(f"/c/{code}/q/{key}")
        assert page.status_code == 200, key
